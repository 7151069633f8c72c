/**
 * The public log of decisions (docs/product.md, "History"): every public decision on any public
 * recommendation, newest first. It reads public history events joined to the public_recommendations
 * view, so an event of a hidden or confidential recommendation never appears, and a withheld or
 * summary-only text shows only what the view lets through. The /decisions page and the Atom feed read it.
 */
import 'server-only';
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { historyEvents, pillars, publicRecommendations as pr, recommendations } from '@/db/schema';
import { publiclyVisible } from '@/lib/recommendations/visibility';
import { HISTORY_KINDS } from '@/db/vocabulary';
import { publicDetails, withPublicReferencesOnly, type PublicDetails } from './recommendation';
import { meetingPeriods, type UnknownValue } from './register';
import type { PairCheck } from '@/lib/translations/paired';
import { withChecks } from '@/lib/translations/text-checks';

type HistoryKind = (typeof HISTORY_KINDS)[number];

/**
 * What the governments decided and said: status moves (including the seeded record's reported status
 * and a submitter's withdrawal), merges, links to initiatives and each government's position.
 * Submissions and edits are the stakeholder's own acts, not decisions; assignments and hiding are
 * never public.
 */
export const DECISION_KINDS = [
  'seeded',
  'status_changed',
  'status_confirmed',
  'merged',
  'withdrawn',
  'linked',
  'unlinked',
  'position_recorded',
  // A passage of the public text withheld with its reason, or released again (lib/redaction).
  'redacted',
  'redaction_lifted',
] as const satisfies readonly HistoryKind[];
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The decisions that move a recommendation's status: what the Atom feed carries. */
export const STATUS_DECISION_KINDS = [
  'seeded',
  'status_changed',
  'status_confirmed',
  'merged',
  'withdrawn',
] as const satisfies readonly DecisionKind[];

export const DECISIONS_MAX_LIMIT = 100;

export type PublicDecision = {
  /** The history event's number: append-only, so stable; the feed's entry ids are built on it. */
  id: number;
  at: Date;
  kind: DecisionKind;
  fromStatus: (typeof historyEvents.$inferSelect)['fromStatus'];
  toStatus: (typeof historyEvents.$inferSelect)['toStatus'];
  responseEn: string | null;
  responseEs: string | null;
  /** A person's check of the response's translation, when one holds. */
  check: PairCheck | null;
  /** Only the whitelisted keys: initiative (slug), into (ref, when the original is public), government, position, markedBy, confirmedBy. */
  details: PublicDetails;
  recommendation: {
    ref: string;
    /** Its status now, which a later decision may have changed since. */
    status: (typeof pr.$inferSelect)['status'];
    language: (typeof pr.$inferSelect)['language'];
    /** 'full': title (original) and maybe translationTitle; 'summary': summaryEn/Es; 'withheld': no text. */
    textKind: (typeof pr.$inferSelect)['textKind'];
    title: string | null;
    translationLocale: (typeof pr.$inferSelect)['translationLocale'];
    translationTitle: string | null;
    translationHumanChecked: boolean | null;
    translationOrigin: (typeof pr.$inferSelect)['translationOrigin'];
    translationCheckedAt: Date | null;
    summaryEn: string | null;
    summaryEs: string | null;
    pillar: { slug: string; number: number; titleEn: string; titleEs: string };
  };
};

export type DecisionLog = {
  decisions: PublicDecision[];
  /** Pass as `before` for the next, older page; null when this page is the last. */
  next: string | null;
};

export type DecisionQuery = {
  /** 1 to DECISIONS_MAX_LIMIT (values outside are clamped). */
  limit: number;
  /** A cursor from a previous page's `next`; a malformed one is ignored, as if absent. */
  before?: string;
  /** Only decisions taken in the period the meeting covers (after the previous meeting, up to its date). */
  meeting?: string;
  pillar?: string;
  /** Defaults to DECISION_KINDS. */
  kinds?: readonly DecisionKind[];
};

/** A cursor names the last decision shown: its time and number, since several may share a time. */
function parseCursor(cursor: string | undefined): { at: Date; id: number } | null {
  const match = /^(\d{1,15})-(\d{1,15})$/.exec(cursor ?? '');
  return match ? { at: new Date(Number(match[1])), id: Number(match[2]) } : null;
}

const cursorOf = (decision: PublicDecision) => `${decision.at.getTime()}-${decision.id}`;

/**
 * One page of the public log of decisions, newest first.
 * Returns `{ unknown: 'pillar' | 'meeting', value }` when a filter names nothing, like the register.
 */
export function listPublicDecisions(query: DecisionQuery): DecisionLog | UnknownValue {
  const db = getDb();
  const limit = Math.min(DECISIONS_MAX_LIMIT, Math.max(1, Math.floor(query.limit)));
  const where: SQL[] = [eq(historyEvents.isPublic, true), inArray(historyEvents.kind, [...(query.kinds ?? DECISION_KINDS)])];
  let pillarId: number | null = null;
  if (query.pillar) {
    const pillar = db.select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, query.pillar)).get();
    if (!pillar) return { unknown: 'pillar', value: query.pillar };
    pillarId = pillar.id;
  }
  if (query.meeting) {
    const period = meetingPeriods().find((m) => m.slug === query.meeting);
    if (!period) return { unknown: 'meeting', value: query.meeting };
    where.push(lt(historyEvents.createdAt, period.end));
    if (period.start) where.push(gte(historyEvents.createdAt, period.start));
  }
  const cursor = parseCursor(query.before);
  if (cursor) {
    where.push(or(lt(historyEvents.createdAt, cursor.at), and(eq(historyEvents.createdAt, cursor.at), lt(historyEvents.id, cursor.id)))!);
  }
  // First the page's event ids, walking history_public_idx newest first and asking of each event's
  // recommendation whether it is public (and of the pillar) in a correlated subquery: 0.2 ms at 500,000
  // events. Joined to the view instead, SQLite chose to build a Bloom filter over every recommendation
  // first (90-600 ms at 100,000). The view stays the judge of what is shown: the rows are read through it.
  const visible = db
    .select({ ok: sql<number>`1` })
    .from(recommendations)
    .where(
      and(
        eq(recommendations.id, historyEvents.recommendationId),
        publiclyVisible(),
        pillarId === null ? undefined : eq(recommendations.pillarId, pillarId),
      ),
    );
  const ids = db
    .select({ id: historyEvents.id })
    .from(historyEvents)
    .where(and(...where, sql`(${visible}) is not null`))
    .orderBy(desc(historyEvents.createdAt), desc(historyEvents.id))
    .limit(limit + 1)
    .all()
    .map((row) => row.id);
  const shown = ids.slice(0, limit);
  const rows = shown.length
    ? db
        .select({
          id: historyEvents.id,
          at: historyEvents.createdAt,
          kind: historyEvents.kind,
          fromStatus: historyEvents.fromStatus,
          toStatus: historyEvents.toStatus,
          responseEn: historyEvents.publicResponseEn,
          responseEs: historyEvents.publicResponseEs,
          details: historyEvents.details,
          recommendation: {
            ref: pr.ref,
            status: pr.status,
            language: pr.language,
            textKind: pr.textKind,
            title: pr.title,
            translationLocale: pr.translationLocale,
            translationTitle: pr.translationTitle,
            translationHumanChecked: pr.translationHumanChecked,
            translationOrigin: pr.translationOrigin,
            translationCheckedAt: pr.translationCheckedAt,
            summaryEn: pr.summaryEn,
            summaryEs: pr.summaryEs,
          },
          pillar: { slug: pillars.slug, number: pillars.number, titleEn: pillars.titleEn, titleEs: pillars.titleEs },
        })
        .from(historyEvents)
        .innerJoin(pr, eq(pr.id, historyEvents.recommendationId))
        .innerJoin(pillars, eq(pillars.id, pr.pillarId))
        .where(inArray(historyEvents.id, shown))
        .orderBy(desc(historyEvents.createdAt), desc(historyEvents.id))
        .all()
    : [];
  const decisions: PublicDecision[] = withPublicReferencesOnly(
    withChecks(
      'response',
      rows,
      (row) => row.id,
      (row) => ({ en: row.responseEn, es: row.responseEs }),
    ).map(({ details, pillar, recommendation, kind, ...event }) => ({
      ...event,
      kind: kind as DecisionKind,
      details: publicDetails(details),
      recommendation: { ...recommendation, pillar },
    })),
  );
  const last = decisions.at(-1);
  return { decisions, next: ids.length > limit && last ? cursorOf(last) : null };
}
