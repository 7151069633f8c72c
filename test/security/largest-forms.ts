/**
 * The largest input each big form can legitimately send to its server action: every text field at its
 * maximum length, typed in characters that take 3 bytes in UTF-8 (any letter outside Latin-1, e.g. "€"
 * or a Devanagari letter; an emoji is 4 bytes but counts as 2 towards a field's length). Serialized as the
 * browser sends an action's arguments (React's encodeReply writes plain objects as JSON). Used by the
 * body-size test and by scripts/measure-action-bodies.ts.
 */
import { LIMITS } from '@/lib/recommendations/schema';
import { MEETING_LIMITS } from '@/lib/admin/schemas';

const wide = (length: number) => '€'.repeat(length);

export const LARGEST_FORMS: Record<string, Record<string, unknown>> = {
  recommendation: {
    ref: 'HLED-2026-0001',
    version: 12,
    title: wide(LIMITS.title.max),
    body: wide(LIMITS.body.max),
    pillar: 'building-back-together',
    topics: wide(LIMITS.topics),
    sector: 'civil_society',
    organization: wide(LIMITS.organization),
    organizationIdentifier: wide(LIMITS.organizationIdentifier),
    fundingDeclaration: 'none',
    country: 'mx',
    language: 'es',
    consent: 'name_and_organization',
  },
  meeting: {
    meetingId: 12,
    slug: 'a'.repeat(MEETING_LIMITS.slug),
    date: '2026-04-20',
    kind: 'mid_year_review',
    titleEn: wide(MEETING_LIMITS.title),
    titleEs: wide(MEETING_LIMITS.title),
    placeEn: wide(MEETING_LIMITS.place),
    placeEs: wide(MEETING_LIMITS.place),
    summaryEn: wide(MEETING_LIMITS.summary),
    summaryEs: wide(MEETING_LIMITS.summary),
    usLeads: wide(MEETING_LIMITS.leads),
    mxLeads: wide(MEETING_LIMITS.leads),
  },
  initiative: {
    slug: 'a'.repeat(100),
    pillar: 'building-back-together',
    titleEn: wide(300),
    titleEs: wide(300),
    descriptionEn: wide(4000),
    descriptionEs: wide(4000),
    state: 'in_progress',
    leads: Array.from({ length: 40 }, () => wide(60)),
    version: 12,
    existingSlug: 'a'.repeat(100),
  },
  progress: {
    initiative: 'a'.repeat(100),
    date: '2026-03-01',
    meeting: 'a'.repeat(100),
    kind: 'accomplishment',
    textEn: wide(4000),
    textEs: wide(4000),
    figureValue: '1'.repeat(30),
    figureUnitEn: wide(200),
    figureUnitEs: wide(200),
  },
  statusChange: {
    ref: 'HLED-2026-0001',
    version: 12,
    to: 'not_adopted',
    responseEn: wide(4000),
    responseEs: wide(4000),
    reason: 'out_of_scope',
  },
};

/** Bytes of one action call's body with this input. */
export function actionBodyBytes(input: unknown): number {
  return Buffer.byteLength(JSON.stringify([input]), 'utf8');
}

export function largestFormBytes(): { form: string; bytes: number } {
  return Object.entries(LARGEST_FORMS)
    .map(([form, input]) => ({ form, bytes: actionBodyBytes(input) }))
    .sort((a, b) => b.bytes - a.bytes)[0]!;
}
