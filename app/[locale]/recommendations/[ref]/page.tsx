import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { CorrectionNotes } from '@/components/CorrectionNotes';
import { ProgressTimeline } from '@/components/ProgressTimeline';
import { SourceCitation } from '@/components/SourceCitation';
import { StatusBadge } from '@/components/StatusBadge';
import { WrittenText } from '@/components/WrittenText';
import { Link } from '@/lib/i18n/navigation';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { displayText, excerpt, placeholderTitleKey, publicSubmitter } from '@/lib/public/display';
import { MissingPage } from '@/components/public/NotFound';
import { alternates, missingPageMetadata, pageTitle } from '@/lib/public/metadata';
import { getPublicRecommendation, type PublicRecommendation } from '@/lib/public/recommendation';
import { normalizeReference } from '@/lib/public/missing-items';
import { correctionNotes } from '@/lib/record/corrections';
import { toRoman } from '@/lib/record/roman';
import { PublicPapers } from './PublicPapers';
import { PublicPositions } from './PublicPositions';
import { PublicTimeline } from './PublicTimeline';
import { WithReferences } from '@/components/Reference';
import { TextStateTag } from '@/components/TextStateTag';
import { TranslationMark } from '@/components/TranslationMark';
import { RoundsTrail } from '@/components/calls/RoundsTrail';

// Stored: every change to an item is made by an action that replaces its page at once
// (lib/page-store/stored-pages.ts); the time limit only bounds anything changed outside the app.
export const revalidate = 300;

// Nothing at build time; each address is rendered on its first visit, then stored.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; ref: string }> };

function load(ref: string) {
  const normalized = normalizeReference(ref);
  return normalized ? getPublicRecommendation(normalized) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, ref } = await params;
  const item = load(ref);
  if (!item) return missingPageMetadata(locale);
  const text = displayText(item, locale);
  const t = await getTranslations({ locale });
  // The placeholder of a summary-only or withdrawn text already names the reference.
  const title = text.kind === 'full' ? `${item.ref}: ${text.title}` : t(placeholderTitleKey(text.kind), { ref: item.ref });
  return {
    title: await pageTitle(locale, title),
    description: text.kind === 'full' ? excerpt(text.body, 200) : undefined,
    alternates: alternates(locale, `/recommendations/${item.ref}`),
  };
}

/** One recommendation as the public sees it, traced forward to the initiatives and meetings that answered it. */
export default async function PublicRecommendationPage({ params }: Props) {
  const { locale, ref } = await params;
  setRequestLocale(locale);
  const item = load(ref);
  if (!item) return <MissingPage />;
  const t = await getTranslations();
  const text = displayText(item, locale);
  const languageName = (code: Locale) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  return (
    <>
      <p className="eyebrow">
        <Link href="/recommendations">{t('publicRecommendation.breadcrumb')}</Link> · <span className="ref">{item.ref}</span> ·{' '}
        <Link href={`/pillars/${item.pillar.slug}`}>{t('pillar.label', { number: toRoman(item.pillar.number) })}</Link>
      </p>
      {text.kind === 'full' ? (
        <h1 lang={text.lang}>
          {text.title} <TextStateTag text={text} checkedAt={item.translationCheckedAt} />
        </h1>
      ) : (
        <h1>
          <WithReferences text={t(placeholderTitleKey(text.kind), { ref: item.ref })} />
        </h1>
      )}
      <p>
        <StatusBadge status={item.status} /> {item.isSample ? <span className="tag">{t('register.sample')}</span> : null}
      </p>
      {item.mergedInto ? (
        <p className="notice">
          <WithReferences text={t('publicRecommendation.mergedInto', { ref: item.mergedInto })} />{' '}
          <Link href={`/recommendations/${item.mergedInto}`}>
            <WithReferences text={t('publicRecommendation.mergedIntoLink', { ref: item.mergedInto })} />
          </Link>
        </p>
      ) : null}
      {item.status === 'withdrawn' ? <p className="notice">{t('publicRecommendation.withdrawn')}</p> : null}

      <RecommendationText item={item} locale={locale} languageName={languageName} />
      <CorrectionNotes notes={correctionNotes('recommendation', [item.id], locale).get(item.id)} />
      <Facts item={item} locale={locale} />
      <PublicPapers recommendationId={item.id} submitter={{ organization: item.organization, country: item.country }} />

      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading">{t('publicRecommendation.positionsHeading')}</h2>
        <PublicPositions item={item} />
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('publicRecommendation.timelineHeading')}</h2>
        <PublicTimeline events={item.timeline} original={item.language} />
      </section>

      <section aria-labelledby="links-heading">
        <h2 id="links-heading">{t('publicRecommendation.linksHeading')}</h2>
        {item.links.length === 0 ? <p>{t('publicRecommendation.noLinks')}</p> : null}
        {item.links.map((link) => (
          <section key={link.initiative.slug} aria-labelledby={`link-${link.initiative.slug}`} className="panel">
            <h3 id={`link-${link.initiative.slug}`}>
              <Link href={`/initiatives/${link.initiative.slug}`}>{localized(link.initiative, 'title', locale)}</Link>
            </h3>
            <WrittenText
              written={{ en: link.explanationEn, es: link.explanationEs }}
              what="explanation"
              lead={t('publicRecommendation.howItAnswers')}
              translation={{ presumedOriginal: item.language, check: link.check }}
            />
            {link.progress.length > 0 ? (
              <details>
                <summary>
                  {t('publicRecommendation.progressOf')} ({link.progress.length})
                </summary>
                <ProgressTimeline entries={link.progress} />
              </details>
            ) : null}
          </section>
        ))}
      </section>

      <RoundsTrail recommendationId={item.id} status={item.status} locale={locale} />

      {item.duplicates.length > 0 ? (
        <section aria-labelledby="duplicates-heading">
          <h2 id="duplicates-heading">{t('publicRecommendation.duplicatesHeading')}</h2>
          <ul>
            {item.duplicates.map((duplicate) => (
              <li key={duplicate}>
                <Link href={`/recommendations/${duplicate}`}>{duplicate}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

async function RecommendationText({
  item,
  locale,
  languageName,
}: {
  item: PublicRecommendation;
  locale: Locale;
  languageName: (code: Locale) => string;
}) {
  const t = await getTranslations();
  const text = displayText(item, locale);
  if (text.kind === 'withheld') return <p>{t('register.withheld')}</p>;
  if (text.kind === 'summary') {
    if (!text.summary) return <p>{t('register.summaryPending')}</p>;
    const written = { en: item.summaryEn, es: item.summaryEs };
    return (
      <>
        {text.lang !== locale ? (
          <p className="muted">{t('translate.public.onlyIn', { language: text.lang })}</p>
        ) : (
          <p>
            <TranslationMark written={written} presumedOriginal={item.language} check={item.summaryCheck} />
          </p>
        )}
        <Paragraphs text={text.summary} lang={text.lang} />
      </>
    );
  }
  if (text.state === 'missing') {
    return (
      <>
        <p className="muted">{t('translate.public.onlyInHint')}</p>
        <Paragraphs text={text.body} lang={text.lang} />
      </>
    );
  }
  if (!text.translated || !text.original) return <Paragraphs text={text.body} lang={text.lang} />;
  return (
    <>
      <p className="muted">
        {t('publicRecommendation.translationOf', { language: languageName(item.language) })} (
        {item.translationHumanChecked
          ? t('publicRecommendation.humanChecked')
          : item.translationOrigin === 'machine'
            ? t('translate.public.machine')
            : t('publicRecommendation.machine')}
        )
      </p>
      <Paragraphs text={text.body} lang={text.lang} />
      <details>
        <summary>{t('publicRecommendation.originalText', { language: languageName(item.language) })}</summary>
        <p lang={item.language}>
          <strong>{item.title}</strong>
        </p>
        <Paragraphs text={item.body ?? ''} lang={item.language} />
      </details>
    </>
  );
}

function Paragraphs({ text, lang }: { text: string; lang: Locale }) {
  return (
    <div className="prose" lang={lang}>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

async function Facts({ item, locale }: { item: PublicRecommendation; locale: Locale }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const who = publicSubmitter(item);
  // An item of the governments' own record has no submitter, sector or country: say who reported it instead.
  const reported = item.source ? item.rounds.find((r) => r.role === 'reported')?.meeting : undefined;
  const rows: [string, React.ReactNode][] = reported
    ? [
        [
          t('publicRecommendation.reportedBy'),
          t.rich('publicRecommendation.reportedByGovernments', {
            meeting: localized(reported, 'title', locale),
            date: format.dateTime(calendarDate(reported.date), { dateStyle: 'long', timeZone: 'UTC' }),
            link: (chunks) => <Link href={`/meetings/${reported.slug}`}>{chunks}</Link>,
          }),
        ],
      ]
    : [
        [t('publicRecommendation.submitted'), format.dateTime(item.submittedAt, { dateStyle: 'long' })],
        [t('publicRecommendation.sector'), t(`options.sector.${item.sector}`)],
        [t('publicRecommendation.country'), t(`options.country.${item.country}`)],
      ];
  rows.push([t('publicRecommendation.language'), new Intl.DisplayNames([locale], { type: 'language' }).of(item.language)]);
  if (who) rows.push([t('publicRecommendation.submittedBy'), who]);
  if (item.topics && item.topics.length > 0) rows.push([t('publicRecommendation.topics'), item.topics.join(', ')]);
  if (item.implementedMeeting)
    rows.push([
      t('publicRecommendation.implementedAt'),
      <Link key="meeting" href={`/meetings/${item.implementedMeeting.slug}`}>
        {localized(item.implementedMeeting, 'title', locale)}
      </Link>,
    ]);
  if (item.notAdoptedReason) rows.push([t('publicRecommendation.notAdoptedReason'), t(`triage.reasons.${item.notAdoptedReason}`)]);
  if (item.coveredBy)
    rows.push([
      t('publicRecommendation.coveredBy'),
      <Link key="covered" href={`/initiatives/${item.coveredBy.slug}`}>
        {localized(item.coveredBy, 'title', locale)}
      </Link>,
    ]);
  if (item.source) rows.push([t('publicRecommendation.source'), <SourceCitation key="source" source={item.source} />]);
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
