'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { setSessionHint } from '@/lib/security/session-hint';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Field } from '@/components/form/Field';
import { Notice } from '@/components/Notice';
import { emailField } from '@/lib/accounts/schemas';
import { Link } from '@/lib/i18n/navigation';

const signInSchema = z.object({ email: emailField, password: z.string().min(1, { error: 'required' }).max(512) });
type Values = z.input<typeof signInSchema>;

/** Signs in through next-auth's credentials endpoint and goes back to where the visitor came from. */
export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations('auth');
  const locale = useLocale();
  const format = useFormatter();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(signInSchema), mode: 'onTouched' });

  async function onSubmit(values: Values) {
    setFailure(null);
    const result = await signIn('credentials', { email: values.email, password: values.password, redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation, so every server component reads the new session and the page runs under its
      // own Content-Security-Policy; the hint tells stored pages' headers to ask who is signed in.
      setSessionHint(true);
      window.location.assign(callbackPath);
      return;
    }
    const error = result?.error ?? '';
    if (error.startsWith('throttled:')) {
      const retryAt = new Date(error.slice('throttled:'.length));
      setFailure(t('throttled', { time: format.dateTime(retryAt, { hour: 'numeric', minute: '2-digit' }) }));
    } else if (error === 'invalid' || error === 'CredentialsSignin') {
      setFailure(t('invalidCredentials'));
    } else {
      setFailure(t('signInFailed'));
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" lang={locale}>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Field id="email" label={t('email')} error={formState.errors.email} required>
        {(describedBy, invalid) => (
          <input id="email" type="email" autoComplete="email" inputMode="email" aria-describedby={describedBy} aria-invalid={invalid} {...register('email')} />
        )}
      </Field>
      <Field id="password" label={t('password')} error={formState.errors.password} required>
        {(describedBy, invalid) => (
          <input id="password" type="password" autoComplete="current-password" aria-describedby={describedBy} aria-invalid={invalid} {...register('password')} />
        )}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('signIn')}
      </button>
      <p>
        <Link href="/forgot-password">{t('forgot')}</Link>
      </p>
    </form>
  );
}
