'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import type { Written } from '@/lib/i18n/written-text';
import { checkPairedTranslationAction } from '@/lib/translations/actions';
import type { CheckPairedInput } from '@/lib/translations/check-schemas';
import { pairedTranslation } from '@/lib/translations/paired';
import { useTriageSubmit } from './useTriageSubmit';
import { TriageNotices } from './[ref]/TriageForm';
import { ClientForm } from '@/components/form/ClientForm';

type Target = CheckPairedInput extends infer T ? (T extends unknown ? Omit<T, 'originalLocale'> : never) : never;

type Props = {
  target: Target;
  written: Written;
  presumedOriginal: Locale;
  check: { originalLocale: Locale; checkedAt: Date; checkerName: string | null } | null;
};

/**
 * Under a text written in both languages (a response, an explanation, a summary, a description, a
 * progress update): whether its translation was checked, by whom and when, and a way to vouch for it,
 * saying which language is the original. Nothing for a text in one language: there is no translation.
 */
export function CheckTranslation({ target, written, presumedOriginal, check }: Props) {
  const t = useTranslations('translate.pairCheck');
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const id = useId();
  const { submit, failure, done } = useTriageSubmit();
  const [original, setOriginal] = useState<Locale>(check?.originalLocale ?? presumedOriginal);
  // Null for a text in one language: there is no translation to check.
  const translation = pairedTranslation(written, presumedOriginal, check);
  if (!translation) return null;
  const language = (code: Locale) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  return (
    <div className="translation-check">
      <p className="muted">
        {check
          ? t('checked', {
              language: language(translation.language),
              name: check.checkerName ?? '—',
              date: format.dateTime(check.checkedAt, { dateStyle: 'medium', timeStyle: 'short' }),
            })
          : t('unchecked', { language: language(translation.language) })}
      </p>
      <TriageNotices failure={failure} done={done} saved={t('done')} />
      {check ? null : (
        <details>
          <summary>{t('open')}</summary>
          <div className="side-by-side">
            {(['en', 'es'] as const).map((code) => (
              <div key={code}>
                <p className="muted">{t('text', { language: language(code) })}</p>
                <p lang={code}>{written[code]}</p>
              </div>
            ))}
          </div>
          <ClientForm
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              return submit(() => checkPairedTranslationAction({ ...target, originalLocale: original } as CheckPairedInput));
            }}
          >
            <fieldset>
              <legend>{t('originalLegend')}</legend>
              {(['en', 'es'] as const).map((code) => (
                <label key={code} className="checkbox" htmlFor={`${id}-${code}`}>
                  <input
                    id={`${id}-${code}`}
                    type="radio"
                    name={`${id}-original`}
                    value={code}
                    checked={original === code}
                    onChange={() => setOriginal(code)}
                  />
                  <span>{t('original', { language: language(code) })}</span>
                </label>
              ))}
            </fieldset>
            <p className="field__hint">{t('hint')}</p>
            <button type="submit" className="button--secondary">
              {t('button')}
            </button>
          </ClientForm>
        </details>
      )}
    </div>
  );
}
