'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/form/Field';
import { mergeDuplicateAction } from '@/lib/triage/actions';
import { mergeSchema } from '@/lib/triage/schemas';
import { Link } from '@/lib/i18n/navigation';
import { Ref } from '@/components/Reference';
import type { Target } from './target';
import { TriageForm } from './TriageForm';
import { useTriageForm } from './useTriageForm';

/** A suggested original, with how well it matched and the words it shares with the item being read. */
export type MergeSuggestion = {
  ref: string;
  title: string;
  language: string;
  statusLabel: string;
  matchLabel: string;
  sharedWords: string;
  sharedWordsLanguage: string;
};

// Starts empty again after a save, so nothing written for one decision can be sent again with the next.
export function MergeForm({
  reference,
  version,
  suggestions,
  sharedWordsLabel,
}: Target & { suggestions: MergeSuggestion[]; sharedWordsLabel: string }) {
  const t = useTranslations('triage');
  const empty = { ref: reference, version, into: '', responseEn: '', responseEs: '' };
  const { register, setValue, formState, failure, done, onSubmit } = useTriageForm(zodResolver(mergeSchema), empty, mergeDuplicateAction);
  return (
    <TriageForm
      onSubmit={onSubmit}
      failure={failure}
      done={done}
      saved={t('mergeSaved')}
      submitLabel={t('merge')}
      pending={formState.isSubmitting}
    >
      {suggestions.length > 0 ? (
        <ul className="suggestions">
          {suggestions.map((s) => (
            <li key={s.ref}>
              <Link href={`/coordinate/${s.ref}`}>
                <Ref>{s.ref}</Ref>
              </Link>{' '}
              <span lang={s.language}>{s.title}</span> · {s.statusLabel} ·{' '}
              <button type="button" className="link-button" onClick={() => setValue('into', s.ref)}>
                {t('useAsOriginal', { ref: s.ref })}
              </button>
              <br />
              <span className="muted">
                {s.matchLabel} · {sharedWordsLabel} <span lang={s.sharedWordsLanguage}>{s.sharedWords}</span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <Field id="into" label={t('mergeInto')} hint={t('mergeHint')} error={formState.errors.into} required>
        {(d, invalid) => <input id="into" aria-describedby={d} aria-invalid={invalid} {...register('into')} />}
      </Field>
      <Field id="mergeResponseEn" label={t('mergeMessageEn')} error={formState.errors.responseEn}>
        {(d, invalid) => (
          <textarea id="mergeResponseEn" rows={2} lang="en" aria-describedby={d} aria-invalid={invalid} {...register('responseEn')} />
        )}
      </Field>
      <Field id="mergeResponseEs" label={t('mergeMessageEs')} error={formState.errors.responseEs}>
        {(d, invalid) => (
          <textarea id="mergeResponseEs" rows={2} lang="es" aria-describedby={d} aria-invalid={invalid} {...register('responseEs')} />
        )}
      </Field>
    </TriageForm>
  );
}
