import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgressTimeline } from '@/components/ProgressTimeline';
import { RecommendationTitle } from '@/components/RecommendationTitle';
import { SourceCitation } from '@/components/SourceCitation';
import { StatusBadge } from '@/components/StatusBadge';
import { Link } from '@/lib/i18n/navigation';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { getMeeting } from '@/lib/record/meetings';
import { toRoman } from '@/lib/record/roman';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = getMeeting(slug, locale);
  return found ? { title: localized(found.meeting, 'title', locale) } : {};
}

export default async function MeetingPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const found = getMeeting(slug, locale);
  if (!found) notFound();
  const { meeting, previous, sections, recommendations, sources } = found;
  const t = await getTranslations();
  const format = await getFormatter();
  const longDate = (iso: string) => format.dateTime(calendarDate(iso), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <>
      <p className="eyebrow">{t(`kinds.${meeting.kind}`)}</p>
      <h1>{localized(meeting, 'title', locale)}</h1>
      <dl className="facts">
        <div>
          <dt>{t('meeting.date')}</dt>
          <dd>
            <time dateTime={meeting.date}>{longDate(meeting.date)}</time>
          </dd>
        </div>
        {meeting.placeEn ? (
          <div>
            <dt>{t('meeting.place')}</dt>
            <dd>{localized(meeting, 'place', locale)}</dd>
          </div>
        ) : null}
        {meeting.usLeads.length > 0 ? (
          <div>
            <dt>{t('meeting.usDelegation')}</dt>
            {meeting.usLeads.map((lead) => (
              <dd key={lead}>{lead}</dd>
            ))}
          </div>
        ) : null}
        {meeting.mxLeads.length > 0 ? (
          <div>
            <dt>{t('meeting.mxDelegation')}</dt>
            {meeting.mxLeads.map((lead) => (
              <dd key={lead}>{lead}</dd>
            ))}
          </div>
        ) : null}
      </dl>
      <p className="lead">{localized(meeting, 'summary', locale)}</p>
      <p className="muted">
        {previous ? (
          <>
            {t('meeting.covers', { previous: localized(previous, 'title', locale), date: longDate(previous.date) })}{' '}
            <Link href={`/meetings/${previous.slug}`}>{localized(previous, 'title', locale)}</Link>
          </>
        ) : (
          t('meeting.coversFirst')
        )}
      </p>

      <section aria-labelledby="reported-heading">
        <h2 id="reported-heading">{t('meeting.reportedHeading')}</h2>
        {sections.length === 0 ? <p>{t('meeting.nothingReported')}</p> : null}
        {sections.map(({ pillar, initiatives }) => (
          <section key={pillar.id} aria-labelledby={`pillar-${pillar.slug}`} className="meeting-pillar">
            <h3 id={`pillar-${pillar.slug}`}>
              {t('pillar.label', { number: toRoman(pillar.number) })}:{' '}
              <Link href={`/pillars/${pillar.slug}`}>{localized(pillar, 'title', locale)}</Link>
            </h3>
            {initiatives.map(({ initiative, progress }) => (
              <section key={initiative.id} aria-labelledby={`initiative-${initiative.slug}`}>
                <h4 id={`initiative-${initiative.slug}`}>
                  <Link href={`/initiatives/${initiative.slug}`}>{localized(initiative, 'title', locale)}</Link>{' '}
                  <span className="muted">({t('meeting.updates', { count: progress.length })})</span>
                </h4>
                <ProgressTimeline entries={progress} showMeeting={false} />
              </section>
            ))}
          </section>
        ))}
      </section>

      {recommendations.length > 0 ? (
        <section aria-labelledby="recommendations-heading">
          <h2 id="recommendations-heading">{t('meeting.recommendationsHeading')}</h2>
          <ul className="card-list">
            {recommendations.map((r) => (
              <li key={r.ref} className="card">
                <p className="card__eyebrow">
                  {r.ref} · {t('pillar.label', { number: toRoman(r.pillarNumber) })} · <StatusBadge status={r.status} />
                </p>
                <RecommendationTitle recommendation={r} level={3} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('meeting.sources')}</h2>
        <ul>
          {sources.map((source) => (
            <li key={source.slug}>
              <SourceCitation source={source} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
