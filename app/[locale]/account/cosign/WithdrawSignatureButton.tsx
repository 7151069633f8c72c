'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { withdrawSignatureAction } from '@/lib/cosigning/actions';

export function WithdrawSignatureButton({ cosignerId }: { cosignerId: number }) {
  const t = useTranslations('papers.cosign');
  const router = useRouter();
  const { run, failure } = useFormAction();
  return (
    <>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <button
        type="button"
        className="button--danger"
        onClick={async () => {
          if ((await run(() => withdrawSignatureAction({ cosignerId }))) !== null) router.refresh();
        }}
      >
        {t('withdraw')}
      </button>
    </>
  );
}
