'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { Field } from '@/components/form/Field';
import type { Locale } from '@/lib/i18n/routing';
import { checkTranslationAction, machineDraftAction, saveTranslationAction } from '@/lib/translations/actions';
import { saveTranslationSchema } from '@/lib/translations/schemas';
import { useTriageSubmit } from '../useTriageSubmit';
import type { Target } from './target';
import { TriageForm, TriageNotices } from './TriageForm';
import { useTriageForm } from './useTriageForm';

type Props = Target & {
  locale: Locale;
  title: string;
  body: string;
  /** The saved translation awaits a person's check (a machine draft or an unchecked one). */
  uncheckedExists: boolean;
  /** A machine-translation service is configured (TRANSLATE_URL). */
  machineAvailable: boolean;
};

/** The translation side of the workspace: write or correct it, save it, and vouch for it. */
export function TranslationForm({ reference, version, locale, title, body, uncheckedExists, machineAvailable }: Props) {
  const t = useTranslations('translate');
  const { register, formState, failure, done, onSubmit } = useTriageForm(
    zodResolver(saveTranslationSchema),
    { ref: reference, version, locale, title, body, check: false },
    saveTranslationAction,
    { keepValues: true },
  );
  return (
    <>
      <TriageForm
        onSubmit={onSubmit}
        failure={failure}
        done={done}
        saved={t('saved')}
        submitLabel={t('save')}
        pending={formState.isSubmitting}
      >
        <Field id="translation-title" label={t('titleLabel')} error={formState.errors.title}>
          {(d, invalid) => (
            <input id="translation-title" lang={locale} aria-describedby={d} aria-invalid={invalid} {...register('title')} />
          )}
        </Field>
        <Field id="translation-body" label={t('bodyLabel')} error={formState.errors.body}>
          {(d, invalid) => (
            <textarea id="translation-body" rows={10} lang={locale} aria-describedby={d} aria-invalid={invalid} {...register('body')} />
          )}
        </Field>
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" aria-describedby="translation-check-hint" {...register('check')} />
            <span>{t('checkLabel')}</span>
          </label>
          <p id="translation-check-hint" className="field__hint">
            {t('checkHint')}
          </p>
        </div>
      </TriageForm>
      {uncheckedExists ? <TranslationButton reference={reference} locale={locale} kind="check" /> : null}
      {machineAvailable && !uncheckedExists ? <TranslationButton reference={reference} locale={locale} kind="draft" /> : null}
    </>
  );
}

/** "Check the saved translation" or "Ask for a machine draft": one click, the page's current version. */
function TranslationButton({ reference, locale, kind }: { reference: string; locale: Locale; kind: 'check' | 'draft' }) {
  const t = useTranslations('translate');
  const { submit, failure, done, version } = useTriageSubmit();
  return (
    <div className="form">
      <TriageNotices failure={failure} done={done} saved={t(kind === 'check' ? 'checkedNotice' : 'draftedNotice')} />
      <button
        type="button"
        className="button--secondary"
        onClick={() => {
          const input = { ref: reference, version: version(), locale };
          return kind === 'check' ? submit(() => checkTranslationAction(input)) : submit(() => machineDraftAction(input));
        }}
      >
        {t(kind === 'check' ? 'checkButton' : 'draftButton')}
      </button>
    </div>
  );
}
