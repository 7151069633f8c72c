'use client';

import { useTranslations } from 'next-intl';
import { Notice } from '@/components/Notice';
import { confirmStatusAction } from '@/lib/triage/actions';
import { useTriageSubmit } from '../useTriageSubmit';
import type { Target } from './target';

export function ConfirmButton({ reference }: Target) {
  const t = useTranslations('triage');
  const { submit, failure, done, version: currentVersion } = useTriageSubmit();
  return (
    <>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('confirmed')}</Notice> : null}
      <button type="button" onClick={() => submit(() => confirmStatusAction({ ref: reference, version: currentVersion() }))}>
        {t('confirm')}
      </button>
    </>
  );
}
