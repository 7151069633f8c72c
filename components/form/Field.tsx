'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FieldError } from 'react-hook-form';
import { parseErrorMessage } from '@/lib/form-errors';

type Props = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: FieldError;
  /** Shows "n / max" under the field, announced politely to screen readers near the limit. */
  counter?: { length: number; max: number };
  required?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

/**
 * A labelled form field with its hint, its error (in the visitor's language, tied to the input with
 * aria-describedby) and an optional character counter. The input itself is the caller's child.
 */
export function Field({ id, label, hint, error, counter, required, children }: Props) {
  const t = useTranslations('validation');
  const form = useTranslations('form');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const counterId = counter ? `${id}-counter` : undefined;
  const describedBy = [errorId, hintId, counterId].filter(Boolean).join(' ') || undefined;
  const parsed = error?.message ? parseErrorMessage(error.message) : null;
  const nearLimit = counter ? counter.length > counter.max * 0.9 : false;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? <span className="field__required"> ({form('required')})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {parsed ? (
        <p id={errorId} className="field__error">
          {t.has(parsed.key) ? t(parsed.key, parsed.values) : t('invalid')}
        </p>
      ) : null}
      {children(describedBy, Boolean(error))}
      {counter ? (
        <p
          id={counterId}
          className={`field__counter${counter.length > counter.max ? ' field__counter--over' : ''}`}
          aria-live={nearLimit ? 'polite' : 'off'}
        >
          {form('counter', { length: counter.length, max: counter.max })}
        </p>
      ) : null}
    </div>
  );
}
