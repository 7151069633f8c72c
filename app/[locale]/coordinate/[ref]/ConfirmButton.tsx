'use client';

import { useTranslations } from 'next-intl';
import { confirmStatusAction } from '@/lib/triage/actions';
import { useTriageSubmit } from '../useTriageSubmit';
import type { Target } from './target';
import { TriageNotices } from './TriageForm';

export function ConfirmButton({ reference }: Target) {
  const t = useTranslations('triage');
  const { submit, failure, done, version: currentVersion } = useTriageSubmit();
  return (
    <>
      <TriageNotices failure={failure} done={done} saved={t('confirmed')} />
      <button type="button" onClick={() => submit(() => confirmStatusAction({ ref: reference, version: currentVersion() }))}>
        {t('confirm')}
      </button>
    </>
  );
}
