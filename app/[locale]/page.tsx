import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ActivityChart } from '@/components/charts/ActivityChart';
import { StatusChart } from '@/components/charts/StatusChart';
import { PillarCard } from '@/components/PillarCard';
import { RegisterCard } from '@/components/public/RegisterCard';
import { Link } from '@/lib/i18n/navigation';
import { calendarDate, localized } from '@/lib/i18n/localized';
import { alternates } from '@/lib/public/metadata';
import type { Locale } from '@/lib/i18n/routing';
import { activityOverTime, statusByPillar } from '@/lib/public/charts';
import { latestImplemented } from '@/lib/public/register';
import { latestMeeting } from '@/lib/record/meetings';
import { listPillars } from '@/lib/record/pillars';

// Stored: new submissions change its counts within a minute; coordinators' and administrators' changes
// replace it at once (lib/page-store/stored-pages.ts).
export const revalidate = 60;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: alternates(locale, '/') };
}

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const kinds = await getTranslations('kinds');
  const format = await getFormatter();
  const pillars = listPillars();
  const meeting = latestMeeting();
  const implemented = latestImplemented();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <section aria-labelledby="pillars-heading">
        <h2 id="pillars-heading">{t('pillarsHeading')}</h2>
        <ul className="card-grid">
          {pillars.map((pillar) => (
            <li key={pillar.id}>
              <PillarCard pillar={pillar} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">{t('chartsHeading')}</h2>
        <div className="chart-grid">
          <StatusChart id="status-chart" headingLevel={3} rows={statusByPillar()} />
          <ActivityChart id="activity-chart" headingLevel={3} activity={activityOverTime()} />
        </div>
      </section>
      {implemented.items.length > 0 ? (
        <section aria-labelledby="implemented-heading">
          <h2 id="implemented-heading">{t('latestImplemented')}</h2>
          <ul className="card-list">
            {implemented.items.map((item) => (
              <RegisterCard key={item.ref} item={item} headingLevel={3} />
            ))}
          </ul>
          <p>
            <Link href="/you-said-we-did">{t('allOutcomes')}</Link> · <Link href="/recommendations">{t('allRecommendations')}</Link>
          </p>
        </section>
      ) : null}
      {meeting ? (
        <section aria-labelledby="latest-meeting-heading" className="panel">
          <h2 id="latest-meeting-heading">{t('latestMeeting')}</h2>
          <p>
            <strong>{localized(meeting, 'title', locale)}</strong> ·{' '}
            <time dateTime={meeting.date}>{format.dateTime(calendarDate(meeting.date), { dateStyle: 'long', timeZone: 'UTC' })}</time> ·{' '}
            {kinds(meeting.kind)}
          </p>
          <p>{localized(meeting, 'summary', locale)}</p>
          <p>
            <Link href={`/meetings/${meeting.slug}`}>{t('readFactSheet')}</Link> · <Link href="/meetings">{t('allMeetings')}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
