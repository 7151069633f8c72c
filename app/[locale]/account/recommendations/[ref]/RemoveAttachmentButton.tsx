'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { removeAttachmentAction } from '@/lib/attachments/actions';

export function RemoveAttachmentButton({ reference, attachmentId, name }: { reference: string; attachmentId: number; name: string }) {
  const t = useTranslations('papers.attachments');
  const router = useRouter();
  const { run, failure } = useFormAction();
  return (
    <>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <button
        type="button"
        className="button--secondary"
        onClick={async () => {
          if ((await run(() => removeAttachmentAction({ ref: reference, attachmentId }))) !== null) router.refresh();
        }}
      >
        {t('remove', { name })}
      </button>
    </>
  );
}
