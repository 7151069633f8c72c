'use client';

import { Notice } from '@/components/Notice';
import { unlinkInitiativeAction } from '@/lib/triage/actions';
import { useTriageSubmit } from '../useTriageSubmit';
import type { Target } from './target';

export function UnlinkButton({ reference, initiative, label }: Target & { initiative: string; label: string }) {
  const { submit, failure, version: currentVersion } = useTriageSubmit();
  return (
    <>
      <button
        type="button"
        className="button--secondary"
        onClick={() => submit(() => unlinkInitiativeAction({ ref: reference, version: currentVersion(), initiative }))}
      >
        {label}
      </button>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
    </>
  );
}
