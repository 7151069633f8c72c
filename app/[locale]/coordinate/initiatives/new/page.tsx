import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { recordFormChoices } from '@/lib/record/form-choices';
import { requireCoordinator } from '@/lib/auth/guards';
import { InitiativeForm } from '../InitiativeForm';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'recordAdmin' }))('new'), robots: { index: false } };
}

export default async function NewInitiativePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireCoordinator(locale, `/${locale}/coordinate/initiatives/new`);
  const t = await getTranslations('recordAdmin');
  const choices = await recordFormChoices(user, locale);
  return (
    <div className="narrow">
      <p className="eyebrow">
        <Link href="/coordinate/initiatives">{t('title')}</Link>
      </p>
      <h1>{t('new')}</h1>
      <InitiativeForm
        existingSlug={null}
        pillars={choices.pillars}
        agencies={choices.agencies}
        defaults={{
          slug: '',
          pillar: choices.pillars[0]?.slug ?? '',
          titleEn: '',
          titleEs: '',
          descriptionEn: '',
          descriptionEs: '',
          state: 'active',
          leads: [],
        }}
      />
    </div>
  );
}
