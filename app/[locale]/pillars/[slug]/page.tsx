import type { Metadata } from 'next';
import { MissingPage } from '@/components/public/NotFound';
import { TranslationMark } from '@/components/TranslationMark';
import { RECORD_ORIGINAL } from '@/lib/translations/paired';
import { alternates, missingPageMetadata, pageTitle } from '@/lib/public/metadata';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ActivityChart } from '@/components/charts/ActivityChart';
import { ProgressChart } from '@/components/charts/ProgressChart';
import { StatusChart } from '@/components/charts/StatusChart';
import { PillarCounts } from '@/components/PillarCard';
import { Link } from '@/lib/i18n/navigation';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { activityOverTime, progressByMeeting, statusByPillar } from '@/lib/public/charts';
import { getPillar } from '@/lib/record/pillars';
import { toRoman } from '@/lib/record/roman';
import { InitiativeStateTag, MilestoneBar } from '@/components/InitiativeMilestones';
import { milestoneTallies } from '@/lib/record/milestones';

// Stored: new submissions change its counts within a minute; coordinators' changes replace it at once
// (lib/page-store/stored-pages.ts).
export const revalidate = 60;

// Nothing at build time; each address is rendered on its first visit, then stored.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = getPillar(slug);
  if (!found) return missingPageMetadata(locale);
  return { title: await pageTitle(locale, localized(found.pillar, 'title', locale)), alternates: alternates(locale, `/pillars/${slug}`) };
}

export default async function PillarPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const found = getPillar(slug);
  if (!found) return <MissingPage />;
  const { pillar, initiatives } = found;
  const tallies = milestoneTallies(initiatives.map((initiative) => initiative.id));
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <>
      <p className="eyebrow">{t('pillar.label', { number: toRoman(pillar.number) })}</p>
      <h1>{localized(pillar, 'title', locale)}</h1>
      <section aria-labelledby="purpose-heading">
        <h2 id="purpose-heading" className="visually-hidden">
          {t('pillar.purpose')}
        </h2>
        <p className="lead">{localized(pillar, 'purpose', locale)}</p>
        <PillarCounts pillar={pillar} />
      </section>
      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">{t('pillar.chartsHeading')}</h2>
        <div className="chart-grid">
          <StatusChart id="status-chart" headingLevel={3} rows={statusByPillar().filter((row) => row.pillar.id === pillar.id)} />
          <ActivityChart id="activity-chart" headingLevel={3} activity={activityOverTime({ pillarId: pillar.id })} />
          <ProgressChart id="progress-chart" headingLevel={3} progress={progressByMeeting(pillar.id)} />
        </div>
      </section>
      <section aria-labelledby="initiatives-heading">
        <h2 id="initiatives-heading">{t('pillar.initiativesHeading')}</h2>
        <ul className="card-list">
          {initiatives.map((initiative) => (
            <li key={initiative.id} className="card">
              <h3 className="card__title">
                <Link href={`/initiatives/${initiative.slug}`}>{localized(initiative, 'title', locale)}</Link>
              </h3>
              <p>
                <InitiativeStateTag state={initiative.state} since={initiative.stateChangedOn} />
              </p>
              <MilestoneBar tally={tallies.get(initiative.id)} />
              <p>
                {localized(initiative, 'description', locale)}{' '}
                <TranslationMark
                  written={{ en: initiative.descriptionEn, es: initiative.descriptionEs }}
                  presumedOriginal={RECORD_ORIGINAL}
                  check={initiative.check}
                />
              </p>
              <p className="muted">
                {t('pillar.progressUpdates', { count: initiative.progressCount })}
                {initiative.latestProgressDate
                  ? ` · ${t('pillar.latestUpdate', {
                      date: format.dateTime(calendarDate(initiative.latestProgressDate), { dateStyle: 'medium', timeZone: 'UTC' }),
                    })}`
                  : ''}
                {initiative.recommendationCount > 0
                  ? ` · ${t('pillar.linkedRecommendations', { count: initiative.recommendationCount })}`
                  : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
