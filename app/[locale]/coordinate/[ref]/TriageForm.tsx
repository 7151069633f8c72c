'use client';

import type { FormEventHandler, ReactNode } from 'react';
import { Notice } from '@/components/Notice';
import { ClientForm } from '@/components/form/ClientForm';

/** What a triage action said: its refusal, or that it was saved (`saved`, once `done`). */
export function TriageNotices({ failure, done, saved }: { failure: string | null; done?: boolean; saved?: string }) {
  return (
    <>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done && saved ? <Notice tone="success">{saved}</Notice> : null}
    </>
  );
}

type TriageFormProps = {
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
  /** The submit button's label, and whether the action is running (the button is disabled meanwhile). */
  submitLabel: string;
  pending: boolean;
  danger?: boolean;
  failure: string | null;
  done?: boolean;
  saved?: string;
};

/** A coordinator's form on a recommendation's page: what its action said above its fields, its button below. */
export function TriageForm({ onSubmit, children, submitLabel, pending, danger, ...notices }: TriageFormProps) {
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="form">
      <TriageNotices {...notices} />
      {children}
      <button type="submit" className={danger ? 'button--danger' : undefined} disabled={pending}>
        {submitLabel}
      </button>
    </ClientForm>
  );
}
