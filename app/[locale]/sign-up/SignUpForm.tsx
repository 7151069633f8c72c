'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { Notice } from '@/components/Notice';
import { ProfileFields } from '@/components/form/ProfileFields';
import { applyFieldErrors } from '@/components/form/server-errors';
import { signUpAction } from '@/lib/accounts/actions';
import { signUpSchema, type SignUpInput, type SignUpOutput } from '@/lib/accounts/schemas';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Link } from '@/lib/i18n/navigation';
import { ClientForm } from '@/components/form/ClientForm';

/**
 * The answer is the same whether or not the address already has an account (its owner gets an e-mail
 * instead), so the form never signs anyone in: the person confirms the address, then signs in.
 */
export function SignUpForm({ callbackPath, demoMode }: { callbackPath: string; demoMode: boolean }) {
  const t = useTranslations('auth');
  const info = useTranslations('siteInfo');
  const locale = useLocale() as 'en' | 'es';
  const actionError = useActionErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<SignUpInput, unknown, SignUpOutput>({
    resolver: zodResolver(signUpSchema),
    mode: 'onTouched',
    defaultValues: { preferredLocale: locale },
  });
  const errors = formState.errors;

  async function onSubmit() {
    setFailure(null);
    // The server parses the same schema again, from what was typed.
    const values = getValues();
    // The confirmation link leads back to where the person was going.
    const result = await signUpAction({ ...values, returnPath: callbackPath });
    if (result?.validationErrors) {
      applyFieldErrors(setError, result.validationErrors);
      return;
    }
    if (!result?.data) {
      setFailure(actionError(result?.serverError));
      return;
    }
    setSentTo(values.email.trim());
  }

  if (sentTo) {
    return (
      <Notice tone="success">
        <p>{t('signUpSent', { email: sentTo })}</p>
        {demoMode ? <p>{t('signUpSentDemo')}</p> : null}
        <p>
          <Link href={{ pathname: '/sign-in', query: { callbackUrl: callbackPath } }}>{t('signIn')}</Link>
        </p>
      </Notice>
    );
  }

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Field id="name" label={t('name')} error={errors.name} required>
        {(d, invalid) => <input id="name" autoComplete="name" aria-describedby={d} aria-invalid={invalid} {...register('name')} />}
      </Field>
      <Field id="email" label={t('email')} error={errors.email} required>
        {(d, invalid) => (
          <input
            id="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            aria-describedby={d}
            aria-invalid={invalid}
            {...register('email')}
          />
        )}
      </Field>
      <Field id="password" label={t('password')} hint={t('passwordHint')} error={errors.password} required>
        {(d, invalid) => (
          <input
            id="password"
            type="password"
            autoComplete="new-password"
            aria-describedby={d}
            aria-invalid={invalid}
            {...register('password')}
          />
        )}
      </Field>
      <ProfileFields register={register} errors={errors} />
      <p className="field__hint" id="privacy-notice">
        {t('privacyNotice')} {/* A new tab, so that what was typed here stays. */}
        <a href={`/${locale}/privacy`} target="_blank" rel="noopener">
          {info('privacyNewTab')}
        </a>
      </p>
      <Field id="privacyConsent" label="" error={errors.privacyConsent}>
        {(d, invalid) => (
          <label className="checkbox">
            <input
              id="privacyConsent"
              type="checkbox"
              aria-describedby={['privacy-notice', d].filter(Boolean).join(' ')}
              aria-invalid={invalid}
              {...register('privacyConsent')}
            />
            {t('privacyConsent')}
          </label>
        )}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('signUp')}
      </button>
    </ClientForm>
  );
}
