import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export async function SiteFooter() {
  const t = await getTranslations('site');
  const info = await getTranslations('siteInfo');
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label={t('footerNav')}>
          <ul className="inline-list">
            <li>
              <Link href="/decisions">{t('decisions')}</Link>
            </li>
            <li>
              <Link href="/data">{t('data')}</Link>
            </li>
            <li>
              <a href="/feed.xml">{t('feed')}</a>
            </li>
          </ul>
        </nav>
        <nav aria-label={info('nav')}>
          <ul className="inline-list">
            <li>
              <Link href="/privacy">{info('privacy')}</Link>
            </li>
            <li>
              <Link href="/accessibility">{info('accessibility')}</Link>
            </li>
            <li>
              <Link href="/contact">{info('contact')}</Link>
            </li>
          </ul>
        </nav>
        <p>{t('footer')}</p>
        <p>{t('footerSources')}</p>
      </div>
    </footer>
  );
}
