import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { PillarSummary } from '@/lib/record/pillars';
import { toRoman } from '@/lib/record/roman';

/** A pillar's purpose and what the record holds under it. */
export async function PillarCard({ pillar }: { pillar: PillarSummary }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('pillar');
  const title = localized(pillar, 'title', locale);
  const number = toRoman(pillar.number);
  return (
    <article className="card">
      <p className="card__eyebrow">{t('label', { number })}</p>
      <h3 className="card__title">
        <Link href={`/pillars/${pillar.slug}`}>{title}</Link>
      </h3>
      <p>{localized(pillar, 'purpose', locale)}</p>
      <PillarCounts pillar={pillar} />
    </article>
  );
}

export async function PillarCounts({ pillar }: { pillar: PillarSummary }) {
  const t = await getTranslations('pillar');
  const counts = pillar.recommendationsByStatus;
  return (
    <ul className="counts">
      <li>{t('initiatives', { count: pillar.initiativeCount })}</li>
      <li>{t('progressUpdates', { count: pillar.progressCount })}</li>
      <li>{t('recommendationsImplemented', { count: counts.implemented ?? 0 })}</li>
      <li>{t('recommendationsInProgress', { count: counts.in_progress ?? 0 })}</li>
    </ul>
  );
}
