import type { Metadata } from 'next';
import { MissingPage } from '@/components/public/NotFound';
import { alternates, missingPageMetadata, pageTitle } from '@/lib/public/metadata';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { CorrectionNotes } from '@/components/CorrectionNotes';
import { FactSheetEngagement } from '@/components/FactSheetEngagement';
import { FactSheetKeyFigures } from '@/components/FactSheetKeyFigures';
import { FactSheetPrintButton } from '@/components/FactSheetPrintButton';
import { FactSheetRecommendations } from '@/components/FactSheetRecommendations';
import { ProgressTimeline } from '@/components/ProgressTimeline';
import { SourceCitation } from '@/components/SourceCitation';
import { publicBaseUrl } from '@/lib/config';
import { Link } from '@/lib/i18n/navigation';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { getFactSheet } from '@/lib/public/fact-sheet';
import { getMeeting } from '@/lib/record/meetings';
import { correctionNotes } from '@/lib/record/corrections';
import { toRoman } from '@/lib/record/roman';
import { SnapshotLinks } from '@/components/SnapshotLinks';
import { snapshotOf } from '@/lib/snapshots/snapshots';

// Stored: changed only by coordinators' and administrators' actions, which replace it at once
// (lib/page-store/stored-pages.ts); the time limit only bounds anything changed outside the app.
export const revalidate = 300;

// Nothing at build time; each address is rendered on its first visit, then stored.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };
type Meeting = NonNullable<ReturnType<typeof getFactSheet>>['meeting'];

/** A delegation's leads in the reader's language: the Spanish list where there is one, else the English, marked as such. */
function leadsOf(meeting: Meeting, government: 'us' | 'mx', locale: Locale): { leads: string[]; lang?: 'en' } {
  const spanish = government === 'us' ? meeting.usLeadsEs : meeting.mxLeadsEs;
  const english = government === 'us' ? meeting.usLeads : meeting.mxLeads;
  if (locale === 'es' && spanish.length > 0) return { leads: spanish };
  return { leads: english, lang: locale === 'en' ? undefined : 'en' };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  // The meeting alone: the fact sheet's lists and counts are read once, by the page.
  const found = getMeeting(slug);
  if (!found) return missingPageMetadata(locale);
  return { title: await pageTitle(locale, localized(found.meeting, 'title', locale)), alternates: alternates(locale, `/meetings/${slug}`) };
}

/** A meeting's fact sheet, generated from the record, laid out to print as a clean document too. */
export default async function MeetingPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const sheet = getFactSheet(slug);
  if (!sheet) return <MissingPage />;
  const { meeting, previous, period, sections, sources } = sheet;
  const t = await getTranslations();
  const format = await getFormatter();
  const longDate = (iso: string) => format.dateTime(calendarDate(iso), { dateStyle: 'long', timeZone: 'UTC' });
  const title = localized(meeting, 'title', locale);
  const snapshot = snapshotOf(meeting.id);
  const sourceNotes = correctionNotes(
    'source',
    sources.map((s) => s.id),
    locale,
  );
  return (
    <article className="fact-sheet">
      <p className="print-only fact-sheet__print-header">
        {t('factSheet.printHeader', { site: t('site.name'), date: format.dateTime(new Date(), { dateStyle: 'long' }) })}
      </p>
      <p className="eyebrow">{t('factSheet.eyebrow', { kind: t(`kinds.${meeting.kind}`) })}</p>
      <h1>{title}</h1>
      <div className="actions print-hide">
        <FactSheetPrintButton label={t('factSheet.print')} />
      </div>
      {snapshot ? (
        <section aria-label={t('evidence.snapshots.heading')} className="print-hide">
          <p>{t('evidence.snapshots.factSheet')}</p>
          <SnapshotLinks snapshot={snapshot} />
        </section>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t('meeting.date')}</dt>
          <dd>
            <time dateTime={meeting.date}>{longDate(meeting.date)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('factSheet.period')}</dt>
          <dd>
            {period.start
              ? t('factSheet.periodRange', { start: longDate(period.start), end: longDate(period.end) })
              : t('factSheet.periodUpTo', { end: longDate(period.end) })}
          </dd>
        </div>
        {meeting.placeEn ? (
          <div>
            <dt>{t('meeting.place')}</dt>
            <dd>{localized(meeting, 'place', locale)}</dd>
          </div>
        ) : null}
        {(['us', 'mx'] as const).map((government) => {
          const { leads, lang } = leadsOf(meeting, government, locale);
          return leads.length > 0 ? (
            <div key={government}>
              <dt>{t(government === 'us' ? 'meeting.usDelegation' : 'meeting.mxDelegation')}</dt>
              {leads.map((lead) => (
                <dd key={lead} lang={lang}>
                  {lead}
                </dd>
              ))}
            </div>
          ) : null;
        })}
      </dl>
      <p className="lead">{localized(meeting, 'summary', locale)}</p>
      <CorrectionNotes notes={correctionNotes('meeting', [meeting.id], locale).get(meeting.id)} />
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

      <FactSheetKeyFigures sheet={sheet} />

      <section aria-labelledby="reported-heading" className="fact-sheet__block">
        <h2 id="reported-heading">{t('factSheet.accomplishmentsHeading')}</h2>
        {sections.length === 0 ? <p>{t('meeting.nothingReported')}</p> : null}
        {sections.map(({ pillar, initiatives }) => {
          const tally = sheet.pillarTallies.get(pillar.id)!;
          return (
            <section key={pillar.id} aria-labelledby={`pillar-${pillar.slug}`} className="meeting-pillar">
              <h3 id={`pillar-${pillar.slug}`}>
                {t('pillar.label', { number: toRoman(pillar.number) })}:{' '}
                <Link href={`/pillars/${pillar.slug}`}>{localized(pillar, 'title', locale)}</Link>
              </h3>
              <p>{localized(pillar, 'purpose', locale)}</p>
              <p className="counts">
                {t('factSheet.pillarTally', { accomplishments: tally.accomplishments, intentions: tally.intentions })}
              </p>
              {initiatives.map(({ initiative, leads, progress }) => (
                <section key={initiative.id} aria-labelledby={`initiative-${initiative.slug}`} className="fact-sheet__initiative">
                  <h4 id={`initiative-${initiative.slug}`}>
                    <Link href={`/initiatives/${initiative.slug}`}>{localized(initiative, 'title', locale)}</Link>{' '}
                    <span className="muted">({t('meeting.updates', { count: progress.length })})</span>
                  </h4>
                  {leads.length > 0 ? (
                    <p className="muted">{t('factSheet.leads', { agencies: leads.map((lead) => lead.acronym).join(', ') })}</p>
                  ) : null}
                  <ProgressTimeline entries={progress} showMeeting={false} />
                </section>
              ))}
            </section>
          );
        })}
      </section>

      <section aria-labelledby="recommendations-heading" className="fact-sheet__block">
        <h2 id="recommendations-heading">{t('factSheet.recommendationsHeading')}</h2>
        <FactSheetRecommendations
          id="implemented-heading"
          heading={t('factSheet.implementedHeading')}
          empty={t('factSheet.implementedNone')}
          list={sheet.implemented}
          more={`/recommendations?meeting=${sheet.meeting.slug}&status=implemented`}
        />
        <FactSheetRecommendations
          id="in-progress-heading"
          heading={t('factSheet.inProgressHeading')}
          note={t('factSheet.inProgressNote')}
          empty={t('factSheet.inProgressNone')}
          list={sheet.inProgress}
          more={`/recommendations?meeting=${sheet.meeting.slug}&status=in_progress`}
        />
        {sheet.otherReported.total > 0 ? (
          <FactSheetRecommendations
            id="other-reported-heading"
            heading={t('factSheet.otherReportedHeading')}
            empty=""
            list={sheet.otherReported}
            more={`/recommendations?meeting=${sheet.meeting.slug}`}
          />
        ) : null}
      </section>

      <FactSheetEngagement engagement={sheet.engagement} />

      <section aria-labelledby="sources-heading" className="fact-sheet__block">
        <h2 id="sources-heading">{t('meeting.sources')}</h2>
        <ul>
          {sources.map((source) => (
            <li key={source.slug}>
              <SourceCitation source={source} />
              {source.url ? (
                <>
                  {' '}
                  · <a href={source.url}>{t('factSheet.readAt', { host: new URL(source.url).hostname })}</a>
                </>
              ) : null}
              <CorrectionNotes notes={sourceNotes.get(source.id)} />
            </li>
          ))}
        </ul>
      </section>

      <p className="print-only fact-sheet__print-footer">
        {t('factSheet.printFooter', { url: `${publicBaseUrl()}/${locale}/meetings/${meeting.slug}` })}
      </p>
    </article>
  );
}
