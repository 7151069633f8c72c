'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';

type Props = {
  id: string;
  /** Key under `options` in the messages: sector, country, locale, consent, funding. */
  group: 'sector' | 'country' | 'locale' | 'funding';
  values: readonly string[];
  registration: UseFormRegisterReturn;
  describedBy?: string;
  invalid: boolean;
};

/** A select of one of the domain's fixed lists, labelled in the visitor's language. */
export function OptionSelect({ id, group, values, registration, describedBy, invalid }: Props) {
  const t = useTranslations('options');
  return (
    <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...registration}>
      <option value="">{t('choose')}</option>
      {values.map((value) => (
        <option key={value} value={value}>
          {t(`${group}.${value}` as 'sector.ngo')}
        </option>
      ))}
    </select>
  );
}
