import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { mayTriage } from '@/lib/auth/permissions';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitch } from './LocaleSwitch';
import { SignOutButton } from './SignOutButton';

export async function SiteHeader() {
  const t = await getTranslations('site');
  const nav = await getTranslations('nav');
  const lang = await getTranslations('language');
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          {t('name')}
        </Link>
        <nav aria-label={t('primaryNav')} className="site-header__nav">
          <ul>
            <li>
              <Link href="/">{t('home')}</Link>
            </li>
            <li>
              <Link href="/recommendations">{t('recommendations')}</Link>
            </li>
            <li>
              <Link href="/you-said-we-did">{t('youSaidWeDid')}</Link>
            </li>
            <li>
              <Link href="/meetings">{t('meetings')}</Link>
            </li>
            <li>
              <Link href="/submit">{nav('submit')}</Link>
            </li>
            {user ? (
              <>
                {mayTriage(user) ? (
                  <li>
                    <Link href="/coordinate">{nav('coordinate')}</Link>
                  </li>
                ) : null}
                <li>
                  <Link href="/account">{nav('account')}</Link>
                </li>
                {user.role === 'admin' ? (
                  <li>
                    <Link href="/admin">{nav('admin')}</Link>
                  </li>
                ) : null}
                <li>
                  <SignOutButton label={nav('signOut')} />
                </li>
              </>
            ) : (
              <li>
                <Link href="/sign-in">{nav('signIn')}</Link>
              </li>
            )}
          </ul>
        </nav>
        <LocaleSwitch label={lang('switchTo')} description={lang('switchToLabel')} />
      </div>
    </header>
  );
}
