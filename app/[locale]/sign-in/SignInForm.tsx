'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { setSessionHint } from '@/lib/security/session-hint';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Field } from '@/components/form/Field';
import { Notice } from '@/components/Notice';
import { emailField } from '@/lib/accounts/schemas';
import { Link } from '@/lib/i18n/navigation';
import { ClientForm } from '@/components/form/ClientForm';

const signInSchema = z.object({ email: emailField, password: z.string().min(1, { error: 'required' }).max(512) });
type Values = z.input<typeof signInSchema>;
type Credentials = { email: string; password: string };

/**
 * Signs in through next-auth's credentials endpoint and goes back to where the visitor came from. For an
 * account with two-step sign-in the server answers "mfaRequired" to the right password, and the form asks
 * for the code in a second step, sending the password again with it (it is kept in memory only).
 */
export function SignInForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations('auth');
  const format = useFormatter();
  const [failure, setFailure] = useState<string | null>(null);
  const [secondStep, setSecondStep] = useState<Credentials | null>(null);

  async function attempt(credentials: Credentials, code?: string): Promise<string | null> {
    const result = await signIn('credentials', { ...credentials, ...(code ? { code } : {}), redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation, so every server component reads the new session and the page runs under its
      // own Content-Security-Policy; the hint tells stored pages' headers to ask who is signed in.
      setSessionHint(true);
      window.location.assign(callbackPath);
      return null;
    }
    return result?.error ?? '';
  }

  function describe(error: string): string {
    if (error.startsWith('throttled:')) {
      const retryAt = new Date(error.slice('throttled:'.length));
      return t('throttled', { time: format.dateTime(retryAt, { hour: 'numeric', minute: '2-digit', second: '2-digit' }) });
    }
    if (error === 'invalid' || error === 'CredentialsSignin') return t('invalidCredentials');
    if (error === 'unavailable') return t('unavailable');
    return t('signInFailed');
  }

  async function firstStep(credentials: Credentials) {
    setFailure(null);
    const error = await attempt(credentials);
    if (error === null) return;
    if (error === 'mfaRequired') setSecondStep(credentials);
    else setFailure(describe(error));
  }

  if (secondStep) {
    return <CodeStep credentials={secondStep} attempt={attempt} describe={describe} onStartOver={() => setSecondStep(null)} />;
  }
  return <PasswordStep failure={failure} onSubmit={firstStep} />;
}

function PasswordStep({ failure, onSubmit }: { failure: string | null; onSubmit: (values: Credentials) => Promise<void> }) {
  const t = useTranslations('auth');
  const locale = useLocale();
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(signInSchema), mode: 'onTouched' });
  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form" lang={locale}>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Field id="email" label={t('email')} error={formState.errors.email} required>
        {(describedBy, invalid) => (
          <input
            id="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register('email')}
          />
        )}
      </Field>
      <Field id="password" label={t('password')} error={formState.errors.password} required>
        {(describedBy, invalid) => (
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register('password')}
          />
        )}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('signIn')}
      </button>
      <p>
        <Link href="/forgot-password">{t('forgot')}</Link>
      </p>
    </ClientForm>
  );
}

type CodeStepProps = {
  credentials: Credentials;
  attempt: (credentials: Credentials, code: string) => Promise<string | null>;
  describe: (error: string) => string;
  onStartOver: () => void;
};

/** The second step: a code from the app, or a recovery code. Its heading takes the focus when it appears. */
function CodeStep({ credentials, attempt, describe, onStartOver }: CodeStepProps) {
  const t = useTranslations('auth.twoStep');
  const auth = useTranslations('auth');
  const [recovery, setRecovery] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { register, handleSubmit, formState, reset } = useForm<{ code: string }>();
  useEffect(() => heading.current?.focus(), []);

  async function onSubmit({ code }: { code: string }) {
    setFailure(null);
    const error = await attempt(credentials, code.trim());
    if (error === null) return;
    setFailure(error === 'invalidCode' ? t('invalidCode') : describe(error));
    reset();
  }

  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="second-step-heading">
      <h2 id="second-step-heading" tabIndex={-1} ref={heading}>
        {t('title')}
      </h2>
      <p>{recovery ? t('recoveryHint') : t('stepIntro')}</p>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {recovery ? (
        <Field id="recovery-code" label={t('recoveryLabel')} required>
          {(describedBy) => (
            <input
              id="recovery-code"
              autoComplete="off"
              maxLength={64}
              aria-describedby={describedBy}
              {...register('code', { required: true })}
            />
          )}
        </Field>
      ) : (
        <Field id="code" label={t('stepCode')} required>
          {(describedBy) => (
            <input
              id="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              aria-describedby={describedBy}
              {...register('code', { required: true })}
            />
          )}
        </Field>
      )}
      <button type="submit" disabled={formState.isSubmitting}>
        {auth('signIn')}
      </button>
      <div className="actions">
        <button type="button" className="button--secondary" onClick={() => (setRecovery(!recovery), reset(), setFailure(null))}>
          {recovery ? t('useApp') : t('useRecovery')}
        </button>
        <button type="button" className="button--secondary" onClick={onStartOver}>
          {t('startOver')}
        </button>
      </div>
    </ClientForm>
  );
}
