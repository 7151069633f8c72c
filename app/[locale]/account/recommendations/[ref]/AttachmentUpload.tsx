'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { Field } from '@/components/form/Field';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Notice } from '@/components/Notice';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES } from '@/lib/attachments/limits';
import { ClientForm } from '@/components/form/ClientForm';

/**
 * Attaching a file: sent to the upload route (its own size limit), which checks the type by content.
 * A file over the limit is refused here first, so nobody waits for 10 MB to travel only to be refused.
 */
export function AttachmentUpload({ reference }: { reference: string }) {
  const t = useTranslations('papers.attachments');
  const errorMessage = useActionErrorMessage();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setSaved(false);
    const file = input.current?.files?.[0];
    if (!file) return setFailure(errorMessage('fileMissing'));
    if (file.size > MAX_ATTACHMENT_BYTES) return setFailure(errorMessage('fileTooLarge'));
    const body = new FormData();
    body.set('ref', reference);
    body.set('file', file);
    setPending(true);
    try {
      const response = await fetch('/api/attachments', { method: 'POST', body });
      if (!response.ok) {
        const answer = (await response.json().catch(() => null)) as { error?: string } | null;
        return setFailure(errorMessage(answer?.error ?? (response.status === 413 ? 'fileTooLarge' : 'unexpected')));
      }
      setSaved(true);
      if (input.current) input.current.value = '';
      router.refresh();
    } catch {
      setFailure(errorMessage('unexpected'));
    } finally {
      setPending(false);
    }
  }

  return (
    <ClientForm onSubmit={onSubmit} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {saved ? <Notice tone="success">{t('uploaded')}</Notice> : null}
      <Field id="attachment-file" label={t('fileLabel')} hint={t('fileHint')}>
        {(d) => <input id="attachment-file" ref={input} type="file" accept={ATTACHMENT_ACCEPT} aria-describedby={d} />}
      </Field>
      <button type="submit" disabled={pending}>
        {t('upload')}
      </button>
    </ClientForm>
  );
}
