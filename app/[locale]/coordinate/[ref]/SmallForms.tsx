'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Field } from '@/components/form/Field';
import { SelectField } from '@/components/form/SelectField';
import { Notice } from '@/components/Notice';
import { POSITIONS } from '@/db/schema/recommendations';
import {
  addNoteAction,
  assignAction,
  confirmStatusAction,
  hideRecommendationAction,
  linkInitiativeAction,
  mergeDuplicateAction,
  publishSummaryAction,
  recordPositionAction,
  unlinkInitiativeAction,
} from '@/lib/triage/actions';
import { hideSchema, linkSchema, mergeSchema, noteSchema, positionSchema, summarySchema } from '@/lib/triage/schemas';
import { Link } from '@/lib/i18n/navigation';
import { useTriageSubmit } from '../useTriageSubmit';
import { Ref } from '@/components/Reference';

type Target = { reference: string; version: number };

/*
 * Every form below that records something new (a link, a merge, a hiding, a note, a position) starts
 * empty again after a save, so nothing written for one decision can be sent again with the next.
 */

export function LinkForm({ reference, version, initiatives }: Target & { initiatives: { slug: string; label: string }[] }) {
  const t = useTranslations('triage');
  const empty = { ref: reference, version, initiative: '', explanationEn: '', explanationEs: '' };
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<z.input<typeof linkSchema>>({ resolver: zodResolver(linkSchema), defaultValues: empty });
  const { submit, failure, done, version: currentVersion } = useTriageSubmit(setError);
  return (
    <form
      onSubmit={handleSubmit(async () => {
        if (await submit(() => linkInitiativeAction({ ...getValues(), version: currentVersion() }))) reset(empty);
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('linkSaved')}</Notice> : null}
      <SelectField id="initiative" label={t('initiative')} error={formState.errors.initiative} required registration={register('initiative')} placeholder={t('chooseInitiative')} options={initiatives.map((i) => ({ value: i.slug, label: i.label }))} />
      <Field id="explanationEn" label={t('explanationEn')} hint={t('explanationHint')} error={formState.errors.explanationEn}>
        {(d, invalid) => <textarea id="explanationEn" rows={2} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('explanationEn')} />}
      </Field>
      <Field id="explanationEs" label={t('explanationEs')} error={formState.errors.explanationEs}>
        {(d, invalid) => <textarea id="explanationEs" rows={2} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('explanationEs')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('link')}
      </button>
    </form>
  );
}

export function UnlinkButton({ reference, initiative, label }: Target & { initiative: string; label: string }) {
  const { submit, failure, version: currentVersion } = useTriageSubmit();
  return (
    <>
      <button type="button" className="button--secondary" onClick={() => submit(() => unlinkInitiativeAction({ ref: reference, version: currentVersion(), initiative }))}>
        {label}
      </button>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
    </>
  );
}

export function MergeForm({ reference, version, suggestions }: Target & { suggestions: { ref: string; title: string; language: string; statusLabel: string }[] }) {
  const t = useTranslations('triage');
  const empty = { ref: reference, version, into: '', responseEn: '', responseEs: '' };
  const { register, handleSubmit, setError, setValue, getValues, reset, formState } = useForm<z.input<typeof mergeSchema>>({ resolver: zodResolver(mergeSchema), defaultValues: empty });
  const { submit, failure, done, version: currentVersion } = useTriageSubmit(setError);
  return (
    <form
      onSubmit={handleSubmit(async () => {
        if (await submit(() => mergeDuplicateAction({ ...getValues(), version: currentVersion() }))) reset(empty);
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('mergeSaved')}</Notice> : null}
      {suggestions.length > 0 ? (
        <ul className="suggestions">
          {suggestions.map((s) => (
            <li key={s.ref}>
              <Link href={`/coordinate/${s.ref}`}>
                <Ref>{s.ref}</Ref>
              </Link> <span lang={s.language}>{s.title}</span> · {s.statusLabel} ·{' '}
              <button type="button" className="link-button" onClick={() => setValue('into', s.ref)}>
                {t('useAsOriginal', { ref: s.ref })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Field id="into" label={t('mergeInto')} hint={t('mergeHint')} error={formState.errors.into} required>
        {(d, invalid) => <input id="into" aria-describedby={d} aria-invalid={invalid} {...register('into')} />}
      </Field>
      <Field id="mergeResponseEn" label={t('mergeMessageEn')} error={formState.errors.responseEn}>
        {(d, invalid) => <textarea id="mergeResponseEn" rows={2} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('responseEn')} />}
      </Field>
      <Field id="mergeResponseEs" label={t('mergeMessageEs')} error={formState.errors.responseEs}>
        {(d, invalid) => <textarea id="mergeResponseEs" rows={2} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('responseEs')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('merge')}
      </button>
    </form>
  );
}

export function HideForm({ reference, version }: Target) {
  const t = useTranslations('triage');
  const empty = { ref: reference, version, reason: '' };
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<z.input<typeof hideSchema>>({ resolver: zodResolver(hideSchema), defaultValues: empty });
  const { submit, failure, done, version: currentVersion } = useTriageSubmit(setError);
  return (
    <form
      onSubmit={handleSubmit(async () => {
        if (await submit(() => hideRecommendationAction({ ...getValues(), version: currentVersion() }))) reset(empty);
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('hidden')}</Notice> : null}
      <Field id="hideReason" label={t('hideReason')} hint={t('hideHint')} error={formState.errors.reason} required>
        {(d, invalid) => <textarea id="hideReason" rows={2} aria-describedby={d} aria-invalid={invalid} {...register('reason')} />}
      </Field>
      <button type="submit" className="button--danger" disabled={formState.isSubmitting}>
        {t('hide')}
      </button>
    </form>
  );
}

export function NoteForm({ reference }: { reference: string }) {
  const t = useTranslations('triage');
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<z.input<typeof noteSchema>>({
    resolver: zodResolver(noteSchema),
    defaultValues: { ref: reference, body: '' },
  });
  const { submit, failure } = useTriageSubmit(setError);
  return (
    <form
      onSubmit={handleSubmit(async () => {
        if (await submit(() => addNoteAction(getValues()))) reset({ ref: reference, body: '' });
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Field id="note" label={t('newNote')} hint={t('noteHint')} error={formState.errors.body} required>
        {(d, invalid) => <textarea id="note" rows={3} aria-describedby={d} aria-invalid={invalid} {...register('body')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('addNote')}
      </button>
    </form>
  );
}

export function PositionForm({ reference, government }: { reference: string; government: string }) {
  const t = useTranslations('triage');
  const empty = { ref: reference, position: '' as z.input<typeof positionSchema>['position'], noteEn: '', noteEs: '' };
  const { register, handleSubmit, setError, getValues, reset, formState } = useForm<z.input<typeof positionSchema>>({ resolver: zodResolver(positionSchema), defaultValues: empty });
  const { submit, failure, done } = useTriageSubmit(setError);
  return (
    <form
      onSubmit={handleSubmit(async () => {
        if (await submit(() => recordPositionAction(getValues()))) reset(empty);
      })}
      noValidate
      className="form"
    >
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('positionSaved')}</Notice> : null}
      <Field id="position" label={t('positionOf', { government })} error={formState.errors.position} required>
        {(d, invalid) => (
          <select id="position" aria-describedby={d} aria-invalid={invalid} {...register('position')}>
            <option value="">{t('choosePosition')}</option>
            {POSITIONS.map((p) => (
              <option key={p} value={p}>
                {t(`positions.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="positionNoteEn" label={t('noteEn')} error={formState.errors.noteEn}>
        {(d, invalid) => <textarea id="positionNoteEn" rows={2} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('noteEn')} />}
      </Field>
      <Field id="positionNoteEs" label={t('noteEs')} error={formState.errors.noteEs}>
        {(d, invalid) => <textarea id="positionNoteEs" rows={2} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('noteEs')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('savePosition')}
      </button>
    </form>
  );
}

export function ConfirmButton({ reference }: Target) {
  const t = useTranslations('triage');
  const { submit, failure, done, version: currentVersion } = useTriageSubmit();
  return (
    <>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('confirmed')}</Notice> : null}
      <button type="button" onClick={() => submit(() => confirmStatusAction({ ref: reference, version: currentVersion() }))}>
        {t('confirm')}
      </button>
    </>
  );
}

export function AssignForm({ reference, me, current, assignees }: { reference: string; me: number; current: number | null; assignees: { id: number; name: string }[] }) {
  const t = useTranslations('triage');
  const [assignee, setAssignee] = useState(current ? String(current) : '');
  const { submit, failure, done, version: currentVersion } = useTriageSubmit();
  return (
    <div className="actions">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('assigned')}</Notice> : null}
      <button type="button" onClick={() => submit(() => assignAction({ items: [{ ref: reference, version: currentVersion() }], assigneeId: me }))}>
        {t('assignToMe')}
      </button>
      <label htmlFor="assignee">{t('assignee')}</label>
      <select id="assignee" value={assignee} onChange={(event) => setAssignee(event.target.value)}>
        <option value="">{t('unassigned')}</option>
        {assignees.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => submit(() => assignAction({ items: [{ ref: reference, version: currentVersion() }], assigneeId: assignee ? Number(assignee) : null }))}>
        {t('assign')}
      </button>
    </div>
  );
}

export function SummaryForm({ reference, version, summaryEn, summaryEs }: Target & { summaryEn: string; summaryEs: string }) {
  const t = useTranslations('triage');
  const { register, handleSubmit, setError, getValues, formState } = useForm<z.input<typeof summarySchema>>({
    resolver: zodResolver(summarySchema),
    defaultValues: { ref: reference, version, summaryEn, summaryEs },
  });
  const { submit, failure, done, version: currentVersion } = useTriageSubmit(setError);
  return (
    <form onSubmit={handleSubmit(() => submit(() => publishSummaryAction({ ...getValues(), version: currentVersion() })))} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('summaryPublished')}</Notice> : null}
      <Field id="summaryEn" label={t('summaryEn')} error={formState.errors.summaryEn}>
        {(d, invalid) => <textarea id="summaryEn" rows={4} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('summaryEn')} />}
      </Field>
      <Field id="summaryEs" label={t('summaryEs')} error={formState.errors.summaryEs}>
        {(d, invalid) => <textarea id="summaryEs" rows={4} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('summaryEs')} />}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('publishSummary')}
      </button>
    </form>
  );
}
