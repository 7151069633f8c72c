'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Notice } from '@/components/Notice';
import { useFormAction } from '@/components/form/useFormAction';
import { publishSnapshotAction } from '@/lib/snapshots/actions';

/** One button: freezes the meeting's snapshot. Once done, the page shows the snapshot instead. */
export function PublishSnapshot({ meeting }: { meeting: string }) {
  const t = useTranslations('evidence.snapshots');
  const router = useRouter();
  const { run, failure } = useFormAction();
  const [busy, setBusy] = useState(false);
  return (
    <div>
      <p className="hint">{t('publishHint')}</p>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          if (await run(() => publishSnapshotAction({ meeting }))) router.refresh();
          setBusy(false);
        }}
      >
        {t('publish')}
      </button>
    </div>
  );
}
