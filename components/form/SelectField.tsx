'use client';

import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError;
  required?: boolean;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string }[];
  /** The first, empty choice ("Choose…", "Not reported yet"), when one is allowed or must be made. */
  placeholder?: string;
};

/** A labelled select with its hint and error: the one shape every choice in the forms takes. */
export function SelectField({ id, label, hint, error, required, registration, options, placeholder }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(describedBy, invalid) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...registration}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
