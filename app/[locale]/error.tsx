'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('error');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <button type="button" onClick={reset}>
        {t('retry')}
      </button>
    </>
  );
}
