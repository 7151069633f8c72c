'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Notice } from '@/components/Notice';
import { saveSubscriptionsAction } from '@/lib/calls/actions';
import { useCallRefusal } from './useCallRefusal';
import { ClientForm } from '@/components/form/ClientForm';

export function SubscriptionsForm({ pillars, chosen }: { pillars: { value: string; label: string }[]; chosen: string[] }) {
  const t = useTranslations('calls.subscriptions');
  const refusal = useCallRefusal();
  const [selected, setSelected] = useState<string[]>(chosen);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await saveSubscriptionsAction({ pillars: selected });
    setBusy(false);
    setMessage(
      result?.data ? { tone: 'success', text: t('saved') } : { tone: 'error', text: refusal(result?.serverError ?? 'invalidInput') },
    );
  }
  const toggle = (slug: string, on: boolean) => setSelected((now) => (on ? [...now, slug] : now.filter((s) => s !== slug)));
  return (
    <ClientForm onSubmit={onSubmit} className="form" noValidate>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <p>{t('current', { count: chosen.length })}</p>
      <fieldset className="choices">
        <legend>{t('pillars')}</legend>
        {pillars.map((pillar) => (
          <label key={pillar.value} className="choice">
            <input type="checkbox" checked={selected.includes(pillar.value)} onChange={(e) => toggle(pillar.value, e.target.checked)} />
            <span>{pillar.label}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={busy}>
        {t('save')}
      </button>
    </ClientForm>
  );
}
