'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { GOVERNMENTS } from '@/db/vocabulary';
import { Field } from '@/components/form/Field';
import { parseErrorMessage } from '@/lib/form-errors';

export type PillarOption = { slug: string; label: string; title: string };
type ScopeValues = { government?: string; scope: 'all' | 'some'; pillars?: string[] };

type Props<T extends ScopeValues> = {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  scope: 'all' | 'some' | undefined;
  pillars: PillarOption[];
};

/**
 * What a coordinator speaks for and acts on: one government (the dialogue is bilateral) and all pillars
 * or a chosen few. Shared by the invitation and the account's role form.
 */
export function CoordinatorScopeFields<T extends ScopeValues>({ register, errors, scope, pillars }: Props<T>) {
  const t = useTranslations('admin');
  const options = useTranslations('options');
  const validation = useTranslations('validation');
  // The generic form's register is narrowed to the fields it shares with every caller.
  const reg = register as unknown as UseFormRegister<ScopeValues>;
  const err = errors as FieldErrors<ScopeValues>;
  const pillarsError = err.pillars?.message ? parseErrorMessage(err.pillars.message) : null;
  return (
    <>
      <Field id="government" label={t('users.government')} hint={t('scope.governmentHint')} error={err.government} required>
        {(d, invalid) => (
          <select id="government" aria-describedby={d} aria-invalid={invalid} {...reg('government')}>
            <option value="">{options('choose')}</option>
            {GOVERNMENTS.map((government) => (
              <option key={government} value={government}>
                {t(`governments.${government}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="choices">
        <legend>{t('scope.legend')}</legend>
        <label className="choice">
          <input type="radio" value="all" {...reg('scope')} />
          <span>{t('scope.all')}</span>
        </label>
        <label className="choice">
          <input type="radio" value="some" {...reg('scope')} />
          <span>{t('scope.some')}</span>
        </label>
        {scope === 'some' ? (
          <fieldset className="choices" aria-describedby={pillarsError ? 'pillars-error' : undefined}>
            <legend>{t('scope.pillarsLegend')}</legend>
            {pillarsError ? (
              <p id="pillars-error" className="field__error">
                {validation.has(pillarsError.key) ? validation(pillarsError.key as 'invalid', pillarsError.values) : validation('invalid')}
              </p>
            ) : null}
            {pillars.map((pillar) => (
              <label key={pillar.slug} className="checkbox">
                <input type="checkbox" value={pillar.slug} aria-invalid={Boolean(pillarsError)} {...reg('pillars')} />
                <span>
                  {pillar.label}: {pillar.title}
                </span>
              </label>
            ))}
          </fieldset>
        ) : null}
      </fieldset>
    </>
  );
}
