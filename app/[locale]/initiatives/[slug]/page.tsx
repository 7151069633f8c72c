import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CorrectionNotes } from '@/components/CorrectionNotes';
import { ProgressTimeline } from '@/components/ProgressTimeline';
import { RecommendationTitle } from '@/components/RecommendationTitle';
import { SourceCitation } from '@/components/SourceCitation';
import { StatusBadge } from '@/components/StatusBadge';
import { WrittenText } from '@/components/WrittenText';
import { TranslationMark } from '@/components/TranslationMark';
import { RECORD_ORIGINAL } from '@/lib/translations/paired';
import { MissingPage } from '@/components/public/NotFound';
import { alternates, missingPageMetadata, pageTitle } from '@/lib/public/metadata';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { correctionNotes } from '@/lib/record/corrections';
import { getInitiative } from '@/lib/record/initiatives';
import { toRoman } from '@/lib/record/roman';
import { Ref } from '@/components/Reference';
import { InitiativeStateTag, MilestoneBar, MilestoneList } from '@/components/InitiativeMilestones';
import { listMilestones } from '@/lib/record/milestones';

// Stored: changed only by coordinators' actions, which replace it at once (lib/page-store/stored-pages.ts);
// the time limit only bounds anything changed outside the app.
export const revalidate = 300;

// Nothing at build time; each address is rendered on its first visit, then stored.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = getInitiative(slug);
  if (!found) return missingPageMetadata(locale);
  return {
    title: await pageTitle(locale, localized(found.initiative, 'title', locale)),
    alternates: alternates(locale, `/initiatives/${slug}`),
  };
}

export default async function InitiativePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const found = getInitiative(slug);
  if (!found) return <MissingPage />;
  const { initiative, pillar, leads, progress, sources, recommendations, recommendationCount } = found;
  const milestones = listMilestones(initiative.id);
  const t = await getTranslations();
  const sourceNotes = correctionNotes(
    'source',
    sources.map((s) => s.id),
    locale,
  );
  return (
    <>
      <p className="eyebrow">
        <Link href={`/pillars/${pillar.slug}`}>
          {t('pillar.label', { number: toRoman(pillar.number) })}: {localized(pillar, 'title', locale)}
        </Link>
      </p>
      <h1>{localized(initiative, 'title', locale)}</h1>
      <p>
        <InitiativeStateTag state={initiative.state} since={initiative.stateChangedOn} />
      </p>
      <p className="lead">
        {localized(initiative, 'description', locale)}{' '}
        <TranslationMark
          written={{ en: initiative.descriptionEn, es: initiative.descriptionEs }}
          presumedOriginal={RECORD_ORIGINAL}
          check={found.descriptionCheck}
        />
      </p>
      <CorrectionNotes notes={correctionNotes('initiative', [initiative.id], locale).get(initiative.id)} />

      <section aria-labelledby="leads-heading" className="panel">
        <h2 id="leads-heading">{t('initiative.leads')}</h2>
        <dl className="leads">
          {(['us', 'mx'] as const).map((government) => (
            <div key={government}>
              <dt>{t(government === 'us' ? 'initiative.usLeads' : 'initiative.mxLeads')}</dt>
              {leads[government].length === 0 ? <dd className="muted">{t('initiative.noLeads')}</dd> : null}
              {leads[government].map((agency) => (
                <dd key={agency.slug}>
                  <abbr title={localized(agency, 'name', locale)}>{agency.acronym}</abbr>
                  <span className="muted"> · {localized(agency, 'name', locale)}</span>
                </dd>
              ))}
            </div>
          ))}
        </dl>
      </section>

      {milestones.length > 0 ? (
        <section aria-labelledby="milestones-heading">
          <h2 id="milestones-heading">{t('evidence.milestones.heading')}</h2>
          <MilestoneBar tally={{ done: milestones.filter((m) => m.doneDate).length, total: milestones.length }} />
          <MilestoneList entries={milestones} />
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('initiative.timeline')}</h2>
        {progress.length === 0 ? <p>{t('initiative.noProgress')}</p> : <ProgressTimeline entries={progress} />}
      </section>

      <section aria-labelledby="recommendations-heading">
        <h2 id="recommendations-heading">{t('initiative.recommendations')}</h2>
        {recommendations.length === 0 ? <p>{t('initiative.noRecommendations')}</p> : null}
        <ul className="card-list">
          {recommendations.map((r) => (
            <li key={r.ref} className="card">
              <p className="card__eyebrow">
                <Ref>{r.ref}</Ref> · <StatusBadge status={r.status} />
              </p>
              <RecommendationTitle recommendation={r} level={3} />
              <WrittenText
                written={{ en: r.explanationEn, es: r.explanationEs }}
                what="explanation"
                lead={<strong>{t('initiative.howItAnswers')}:</strong>}
                translation={{ presumedOriginal: r.language, check: r.check }}
              />
            </li>
          ))}
        </ul>
        {recommendationCount > recommendations.length ? (
          <p>{t('initiative.showingFirst', { shown: recommendations.length, total: recommendationCount })}</p>
        ) : null}
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t('initiative.sources')}</h2>
        <ul>
          {sources.map((source) => (
            <li key={source.slug}>
              <SourceCitation source={source} />
              <CorrectionNotes notes={sourceNotes.get(source.id)} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
