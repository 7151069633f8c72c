import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('site');
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer')}</p>
        <p>{t('footerSources')}</p>
      </div>
    </footer>
  );
}
