'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form/Field';
import { useFormAction } from '@/components/form/useFormAction';
import { Notice } from '@/components/Notice';
import { COUNTRIES, SECTORS, type Country, type Sector } from '@/db/vocabulary';
import { signAsCosignerAction } from '@/lib/cosigning/actions';
import { signSchema, type SignValues } from '@/lib/cosigning/schemas';
import { ClientForm } from '@/components/form/ClientForm';

type Props = { cosignerId: number; defaults: { organization: string; sector: Sector; country: Country } };

/** Signing: the organization, its sector and country, and the signer's own consent to be listed publicly. */
export function SignForm({ cosignerId, defaults }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const id = (name: string) => `${name}-${cosignerId}`;
  const { register, handleSubmit, formState, setError } = useForm<SignValues>({
    resolver: zodResolver(signSchema),
    defaultValues: { cosignerId, ...defaults, publicConsent: false },
  });
  const { run, failure } = useFormAction(setError);
  const onSubmit = handleSubmit(async (values) => {
    if ((await run(() => signAsCosignerAction(values))) !== null) router.refresh();
  });
  return (
    <ClientForm onSubmit={onSubmit} noValidate className="form">
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <Field id={id('organization')} label={t('papers.cosign.organization')} error={formState.errors.organization} required>
        {(d, invalid) => <input id={id('organization')} aria-describedby={d} aria-invalid={invalid} {...register('organization')} />}
      </Field>
      <Field id={id('sector')} label={t('papers.cosign.sector')} error={formState.errors.sector}>
        {(d, invalid) => (
          <select id={id('sector')} aria-describedby={d} aria-invalid={invalid} {...register('sector')}>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`options.sector.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={id('country')} label={t('papers.cosign.country')} error={formState.errors.country}>
        {(d, invalid) => (
          <select id={id('country')} aria-describedby={d} aria-invalid={invalid} {...register('country')}>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(`options.country.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...register('publicConsent')} />
        {t('papers.cosign.consent')}
      </label>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('papers.cosign.sign')}
      </button>
    </ClientForm>
  );
}
