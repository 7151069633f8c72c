/**
 * The JSON shapes of the open data, one function per resource. Keys are snake_case; every text of the
 * record comes in both languages (`{ en, es }`); a recommendation keeps its original text apart from
 * any translation; things are named by slug or ref, never by database id; times are ISO 8601.
 * The OpenAPI document (openapi.ts) describes these shapes: change both together.
 */
import type { meetings, pillars, initiatives } from '@/db/schema';
import type { getInitiative, ProgressEntry } from '@/lib/record/initiatives';
import type { getMeeting } from '@/lib/record/meetings';
import { writtenIn, type Written } from '@/lib/i18n/written-text';
import type { Locale } from '@/lib/i18n/routing';
import { pairedTranslation, RECORD_ORIGINAL, type PairCheck } from '@/lib/translations/paired';
import type { PublicDetails, PublicRecommendation } from '@/lib/public/recommendation';
import type { PublicItem } from '@/lib/public/register';
import type { Lead } from './record';
import { otherLanguageState } from '@/lib/translations/state';
import { pageUrls } from './urls';

type Bilingual<T = string> = { en: T; es: T };
const both = <T>(en: T, es: T): Bilingual<T> => ({ en, es });
const iso = (date: Date) => date.toISOString();
/** `markedBy` → `marked_by`: the API's keys are snake_case. */
export const snakeCase = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const snakeKeys = (details: PublicDetails) => Object.fromEntries(Object.entries(details).map(([key, value]) => [snakeCase(key), value]));

type Source = { slug: string; titleEn: string; titleEs: string; publisher: string; date: string; url: string | null; secondary: boolean };
type Named = { slug: string; titleEn: string; titleEs: string };

export const sourceResource = (s: Source) => ({
  slug: s.slug,
  title: both(s.titleEn, s.titleEs),
  publisher: s.publisher,
  date: s.date,
  url: s.url,
  secondary: s.secondary,
});
export const meetingRef = (m: Named & { date: string }) => ({
  slug: m.slug,
  date: m.date,
  title: both(m.titleEn, m.titleEs),
  url: pageUrls(`/meetings/${m.slug}`),
});
const initiativeRef = (i: Named) => ({ slug: i.slug, title: both(i.titleEn, i.titleEs), url: pageUrls(`/initiatives/${i.slug}`) });
export const pillarRef = (p: { slug: string; number: number; titleEn: string; titleEs: string }) => ({
  slug: p.slug,
  number: p.number,
  title: both(p.titleEn, p.titleEs),
});
const leadResource = (l: Lead) => ({ slug: l.slug, government: l.government, acronym: l.acronym, name: both(l.nameEn, l.nameEs) });

export function pillarResource(
  p: typeof pillars.$inferSelect,
  counts: { initiativeCount: number; recommendationsByStatus: Record<string, number> },
) {
  return {
    ...pillarRef(p),
    purpose: both(p.purposeEn, p.purposeEs),
    initiative_count: counts.initiativeCount,
    recommendations_by_status: counts.recommendationsByStatus,
    url: pageUrls(`/pillars/${p.slug}`),
  };
}

/**
 * Which of a text's two languages is the translation and whether a person checked it (null when the text
 * exists in one language only, which `*_languages` or a null in `both` shows).
 */
function translationOf(written: Written, presumedOriginal: Locale, check: PairCheck | null | undefined) {
  const translation = pairedTranslation(written, presumedOriginal, check);
  return translation
    ? {
        original: translation.original,
        language: translation.language,
        state: translation.state,
        checked_at: translation.checkedAt ? iso(translation.checkedAt) : null,
      }
    : null;
}

export function initiativeResource(row: {
  initiative: typeof initiatives.$inferSelect;
  pillar: Parameters<typeof pillarRef>[0];
  leads: Lead[];
  progressCount: number;
  recommendationCount: number;
  descriptionCheck: PairCheck | null;
}) {
  const i = row.initiative;
  return {
    slug: i.slug,
    pillar: pillarRef(row.pillar),
    title: both(i.titleEn, i.titleEs),
    description: both(i.descriptionEn, i.descriptionEs),
    description_translation: translationOf({ en: i.descriptionEn, es: i.descriptionEs }, RECORD_ORIGINAL, row.descriptionCheck),
    state: i.state,
    leads: {
      us: row.leads.filter((l) => l.government === 'us').map(leadResource),
      mx: row.leads.filter((l) => l.government === 'mx').map(leadResource),
    },
    progress_update_count: row.progressCount,
    recommendation_count: row.recommendationCount,
    updated_at: iso(i.updatedAt),
    url: pageUrls(`/initiatives/${i.slug}`),
  };
}

export function progressResource(p: ProgressEntry, initiative?: Named) {
  return {
    date: p.date,
    kind: p.kind,
    text: both(p.textEn, p.textEs),
    text_translation: translationOf({ en: p.textEn, es: p.textEs }, RECORD_ORIGINAL, p.check),
    figure:
      p.figureValue === null ? null : { value: p.figureValue, qualifier: p.figureQualifier, unit: both(p.figureUnitEn, p.figureUnitEs) },
    ...(initiative ? { initiative: initiativeRef(initiative) } : {}),
    // Left joins: drizzle gives null for a meeting or source the update does not name.
    meeting: p.meeting ? meetingRef(p.meeting) : null,
    source: p.source ? sourceResource(p.source) : null,
  };
}

export function meetingResource(m: typeof meetings.$inferSelect) {
  return {
    slug: m.slug,
    date: m.date,
    kind: m.kind,
    title: both(m.titleEn, m.titleEs),
    place: both(m.placeEn, m.placeEs),
    summary: both(m.summaryEn, m.summaryEs),
    leads: { us: m.usLeads, mx: m.mxLeads },
    leads_es: { us: m.usLeadsEs, mx: m.mxLeadsEs },
    url: pageUrls(`/meetings/${m.slug}`),
  };
}

/** A recommendation as the register lists it: only what the public view lets through. */
export function recommendationResource(r: PublicItem) {
  return {
    ref: r.ref,
    status: r.status,
    pillar: pillarRef(r.pillar),
    language: r.language,
    text_kind: r.textKind,
    title: r.title,
    body: r.body,
    translation:
      r.translationLocale && r.translationTitle !== null
        ? {
            language: r.translationLocale,
            title: r.translationTitle,
            body: r.translationBody,
            human_checked: r.translationHumanChecked ?? false,
            // checked (by a person), machine (a machine draft no person has checked) or unchecked.
            state: otherLanguageState(r),
            checked_at: r.translationCheckedAt ? iso(r.translationCheckedAt) : null,
          }
        : null,
    summary: r.textKind === 'summary' ? both(r.summaryEn, r.summaryEs) : null,
    topics: r.topics,
    sector: r.sector,
    country: r.country,
    organization: r.organization,
    submitter_name: r.submitterName,
    is_sample: r.isSample,
    submitted_at: iso(r.submittedAt),
    updated_at: iso(r.updatedAt),
    url: pageUrls(`/recommendations/${r.ref}`),
  };
}

/** One recommendation with its trail: timeline, links and their progress, positions, rounds, source. */
export function recommendationDetailResource(r: PublicRecommendation) {
  return {
    ...recommendationResource(r),
    summary_translation: r.textKind === 'summary' ? translationOf({ en: r.summaryEn, es: r.summaryEs }, r.language, r.summaryCheck) : null,
    not_adopted_reason: r.notAdoptedReason,
    covered_by: r.coveredBy ? initiativeRef(r.coveredBy) : null,
    merged_into: r.mergedInto,
    duplicates: r.duplicates,
    implemented_meeting: r.implementedMeeting ? meetingRef(r.implementedMeeting) : null,
    source: r.source ? sourceResource(r.source) : null,
    rounds: r.rounds.map((round) => ({ role: round.role, meeting: meetingRef(round.meeting) })),
    positions: r.positions.map((p) => ({
      government: p.government,
      position: p.position,
      note: both(p.noteEn, p.noteEs),
      updated_at: iso(p.updatedAt),
    })),
    links: r.links.map((link) => ({
      initiative: initiativeRef(link.initiative),
      explanation: both(link.explanationEn, link.explanationEs),
      explanation_translation: translationOf({ en: link.explanationEn, es: link.explanationEs }, r.language, link.check),
      progress: link.progress.map((p) => progressResource(p)),
    })),
    timeline: r.timeline.map((event) => ({
      kind: event.kind,
      from_status: event.fromStatus,
      to_status: event.toStatus,
      // Each language as written, null when not written in it; which ones were, for readers of the other.
      response: both(event.responseEn, event.responseEs),
      response_languages: writtenIn({ en: event.responseEn, es: event.responseEs }),
      response_translation: translationOf({ en: event.responseEn, es: event.responseEs }, r.language, event.check),
      details: snakeKeys(event.details),
      at: iso(event.at),
    })),
  };
}

type FoundInitiative = NonNullable<ReturnType<typeof getInitiative>>;
type LinkedItem = { item: PublicItem; explanationEn: string | null; explanationEs: string | null; check: PairCheck | null };

/** An initiative with its progress timeline, the documents it cites and the input that informed it. */
export function initiativeDetailResource(found: FoundInitiative, linked: LinkedItem[]) {
  return {
    ...initiativeResource({
      initiative: found.initiative,
      pillar: found.pillar,
      leads: [...found.leads.us, ...found.leads.mx],
      progressCount: found.progress.length,
      recommendationCount: linked.length,
      descriptionCheck: found.descriptionCheck,
    }),
    progress: found.progress.map((p) => progressResource(p)),
    sources: found.sources.map(sourceResource),
    recommendations: linked.map(({ item, explanationEn, explanationEs, check }) => ({
      ...recommendationResource(item),
      link_explanation: both(explanationEn, explanationEs),
      link_explanation_translation: translationOf({ en: explanationEn, es: explanationEs }, item.language, check),
    })),
  };
}

type FoundMeeting = NonNullable<ReturnType<typeof getMeeting>>;

/** A meeting as its fact sheet: what it reported, by initiative, and the recommendations it reported. */
export function meetingDetailResource(found: FoundMeeting, reported: PublicItem[]) {
  return {
    ...meetingResource(found.meeting),
    previous: found.previous ? meetingRef(found.previous) : null,
    sources: found.sources.map(sourceResource),
    progress: found.sections.flatMap((section) =>
      section.initiatives.flatMap(({ initiative, progress }) => progress.map((p) => progressResource(p, initiative))),
    ),
    recommendations: reported.map(recommendationResource),
  };
}
