import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { LocaleSwitch } from './LocaleSwitch';
import { NarrowDisclosure } from './NarrowDisclosure';
import { UserNav } from './UserNav';

/**
 * The same header for everyone, so that public pages can be stored: it never reads the session. Who is
 * signed in is shown by UserNav in the browser. Links into the signed-in part of the site (submit, and
 * UserNav's) are full page loads, so those pages run under their own, stricter Content-Security-Policy.
 * On a phone the links fold behind a menu button (NarrowDisclosure); the language switch stays in view.
 */
export async function SiteHeader() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('site');
  const nav = await getTranslations('nav');
  const calls = await getTranslations('calls');
  const lang = await getTranslations('language');
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          {t('name')}
        </Link>
        <NarrowDisclosure
          id="site-menu"
          label={
            <>
              <span className="fold__icon" aria-hidden="true" />
              {t('menu')}
            </>
          }
          toggleClassName="site-header__toggle"
          panelClassName="site-header__menu"
        >
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
                <Link href="/calls">{calls('nav')}</Link>
              </li>
              <li>
                <a href={`/${locale}/submit`}>{nav('submit')}</a>
              </li>
              <UserNav
                locale={locale}
                labels={{
                  signIn: nav('signIn'),
                  account: nav('account'),
                  coordinate: nav('coordinate'),
                  admin: nav('admin'),
                  signOut: nav('signOut'),
                }}
              />
            </ul>
          </nav>
        </NarrowDisclosure>
        <LocaleSwitch label={lang('switchTo')} description={lang('switchToLabel')} />
      </div>
    </header>
  );
}
