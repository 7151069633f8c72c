'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Notice } from '@/components/Notice';
import { reaffirmAction } from '@/lib/calls/actions';
import { CALL_LIMITS } from '@/lib/calls/schema';
import { useCallRefusal } from './useCallRefusal';
import { ClientForm } from '@/components/form/ClientForm';

/** One click (the call preselected when only one is open), with an optional update note. */
export function ReaffirmForm({ reference, calls }: { reference: string; calls: { value: string; label: string }[] }) {
  const t = useTranslations('calls.reaffirm');
  const refusal = useCallRefusal();
  const [call, setCall] = useState(calls[0]?.value ?? '');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await reaffirmAction({ ref: reference, call, note });
    setBusy(false);
    if (result?.data) {
      const label = calls.find((c) => c.value === call)?.label ?? call;
      return setMessage({ tone: 'success', text: t('done', { call: label }) });
    }
    setMessage({ tone: 'error', text: refusal(result?.serverError ?? (result?.validationErrors ? 'invalidInput' : null)) });
  }
  return (
    <ClientForm onSubmit={onSubmit} className="form" noValidate>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="field">
        <label htmlFor="reaffirm-call" className="field__label">
          {t('call')}
        </label>
        <select id="reaffirm-call" value={call} onChange={(e) => setCall(e.target.value)}>
          {calls.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="reaffirm-note" className="field__label">
          {t('note')}
        </label>
        <textarea id="reaffirm-note" rows={3} maxLength={CALL_LIMITS.note} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" disabled={busy}>
        {t('button')}
      </button>
    </ClientForm>
  );
}
