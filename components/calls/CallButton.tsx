'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Notice } from '@/components/Notice';
import { moveCallAction } from '@/lib/calls/actions';
import { useCallRefusal } from './useCallRefusal';

/** One step of a call's life (open, close, report), as a button; the page shows the new state after it. */
export function CallButton({ call, move, label }: { call: string; move: 'open' | 'close' | 'report'; label: string }) {
  const router = useRouter();
  const refusal = useCallRefusal();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    setFailure(null);
    const result = await moveCallAction({ call, move });
    setBusy(false);
    if (!result?.data) return setFailure(refusal(result?.serverError ?? (result?.validationErrors ? 'invalidInput' : null)));
    router.refresh();
  }
  return (
    <>
      <button type="button" onClick={onClick} disabled={busy} className="button--secondary">
        {label}
      </button>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
    </>
  );
}
