'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { COUNTRIES, LOCALES, SECTORS } from '@/db/vocabulary';
import { Field } from './Field';
import { OptionSelect } from './OptionSelect';

type ProfileValues = { organization?: string; sector: string; country: string; preferredLocale: string };

/** Organization, sector, country and e-mail language: the profile fields of sign-up and the account page. */
export function ProfileFields<T extends ProfileValues>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<T> }) {
  const t = useTranslations('auth');
  // The generic form's register is narrowed to the profile fields it shares with every caller.
  const reg = register as unknown as UseFormRegister<ProfileValues>;
  const err = errors as FieldErrors<ProfileValues>;
  return (
    <>
      <Field id="organization" label={t('organization')} error={err.organization}>
        {(d, invalid) => (
          <input id="organization" autoComplete="organization" aria-describedby={d} aria-invalid={invalid} {...reg('organization')} />
        )}
      </Field>
      <Field id="sector" label={t('sector')} error={err.sector} required>
        {(d, invalid) => (
          <OptionSelect id="sector" group="sector" values={SECTORS} registration={reg('sector')} describedBy={d} invalid={invalid} />
        )}
      </Field>
      <Field id="country" label={t('country')} error={err.country} required>
        {(d, invalid) => (
          <OptionSelect id="country" group="country" values={COUNTRIES} registration={reg('country')} describedBy={d} invalid={invalid} />
        )}
      </Field>
      <Field id="preferredLocale" label={t('preferredLocale')} error={err.preferredLocale} required>
        {(d, invalid) => (
          <OptionSelect
            id="preferredLocale"
            group="locale"
            values={LOCALES}
            registration={reg('preferredLocale')}
            describedBy={d}
            invalid={invalid}
          />
        )}
      </Field>
    </>
  );
}
