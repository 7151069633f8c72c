'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Notice } from '@/components/Notice';
import { unsubscribeAction } from '@/lib/calls/actions';
import { toRoman } from '@/lib/record/roman';

export function UnsubscribeButton({ token }: { token: string }) {
  const t = useTranslations('calls.unsubscribe');
  const locale = useLocale();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    const result = await unsubscribeAction({ token });
    setBusy(false);
    const data = result?.data;
    if (data?.ok) {
      const title = locale === 'es' ? data.pillar.titleEs : data.pillar.titleEn;
      setMessage(t('done', { pillar: toRoman(data.pillar.number), title }));
    } else setMessage(t(data?.reason ?? 'invalid'));
  }
  if (message) return <Notice tone="success">{message}</Notice>;
  return (
    <button type="button" onClick={onClick} disabled={busy}>
      {t('button')}
    </button>
  );
}
