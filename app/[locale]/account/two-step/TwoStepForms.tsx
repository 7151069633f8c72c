'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { useActionErrorMessage } from '@/components/form/useActionErrorMessage';
import { Notice } from '@/components/Notice';
import { confirmTwoStepAction, disableTwoStepAction, renewRecoveryCodesAction } from '@/lib/auth/mfa-actions';
import { ClientForm } from '@/components/form/ClientForm';

type CodeValues = { code: string };

function RecoveryCodes({ codes, intro }: { codes: string[]; intro: string }) {
  const t = useTranslations('auth.twoStep');
  return (
    <section aria-labelledby="recovery-heading" className="panel">
      <h2 id="recovery-heading">{t('recoveryTitle')}</h2>
      <p>{intro}</p>
      <ol className="recovery-codes" translate="no">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The code from the app turns it on; the recovery codes are shown once; every session then ends. */
export function TwoStepSetup() {
  const t = useTranslations('auth.twoStep');
  const locale = useLocale();
  const actionError = useActionErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const { register, handleSubmit, formState } = useForm<CodeValues>();

  async function onSubmit(values: CodeValues) {
    setFailure(null);
    const result = await confirmTwoStepAction({ code: values.code });
    if (result?.data) setCodes(result.data.recoveryCodes);
    else setFailure(actionError(result?.serverError));
  }

  if (codes) {
    return (
      <>
        <Notice tone="success">
          <p>{t('signedOut')}</p>
        </Notice>
        <RecoveryCodes codes={codes} intro={t('recoveryIntro')} />
        <p>
          <a className="button" href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/account`)}`}>
            {t('signInAgain')}
          </a>
        </p>
      </>
    );
  }
  return (
    <ClientForm onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Field id="code" label={t('codeLabel')} hint={t('codeHint')} required>
        {(describedBy) => (
          <input
            id="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            aria-describedby={describedBy}
            {...register('code', { required: true })}
          />
        )}
      </Field>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('confirm')}
      </button>
    </ClientForm>
  );
}

/** Once on: new recovery codes, or turning it off where the role allows; each needs a code. */
export function ManageTwoStep({ mayDisable }: { mayDisable: boolean }) {
  const t = useTranslations('auth.twoStep');
  const actionError = useActionErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [disabled, setDisabled] = useState(false);
  const { register, handleSubmit, formState, reset } = useForm<CodeValues>();

  async function renew(values: CodeValues) {
    setFailure(null);
    const result = await renewRecoveryCodesAction({ code: values.code });
    if (result?.data) setCodes(result.data.recoveryCodes);
    else setFailure(actionError(result?.serverError));
    reset();
  }

  async function disable(values: CodeValues) {
    setFailure(null);
    const result = await disableTwoStepAction({ code: values.code });
    if (result?.data) setDisabled(true);
    else setFailure(actionError(result?.serverError));
    reset();
  }

  if (disabled) return <Notice tone="success">{t('disabled')}</Notice>;
  return (
    <>
      {codes ? <RecoveryCodes codes={codes} intro={t('renewed')} /> : null}
      <ClientForm onSubmit={handleSubmit(renew)} noValidate className="form">
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <Field id="code" label={t('manageCode')} required>
          {(describedBy) => (
            <input
              id="code"
              autoComplete="one-time-code"
              maxLength={64}
              aria-describedby={describedBy}
              {...register('code', { required: true })}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" disabled={formState.isSubmitting}>
            {t('renew')}
          </button>
          {mayDisable ? (
            <button type="button" className="button--secondary" disabled={formState.isSubmitting} onClick={handleSubmit(disable)}>
              {t('disable')}
            </button>
          ) : null}
        </div>
      </ClientForm>
    </>
  );
}
