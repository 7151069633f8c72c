import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitch } from './LocaleSwitch';

export async function SiteHeader() {
  const t = await getTranslations('site');
  const lang = await getTranslations('language');
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
              <Link href="/meetings">{t('meetings')}</Link>
            </li>
          </ul>
        </nav>
        <LocaleSwitch label={lang('switchTo')} description={lang('switchToLabel')} />
      </div>
    </header>
  );
}
