/**
 * Pass two: writes the planned recommendations (plan.ts) with their text, translation, links, positions,
 * confirmations and history, in transactions of BATCH rows, with raw prepared statements.
 *
 * The full-text indexes are filled once at the end rather than row by row (withDeferredIndexing): the
 * migrations' AFTER INSERT triggers are dropped for the load and recreated from the exact SQL sqlite_master
 * held, and the indexes are filled with the migrations' own INSERT ... SELECT for the new rows (0002, 0003).
 * That avoids indexing a recommendation twice when its translation arrives, and keeps the schema the app's.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { organizationIdentifier } from './accounts';
import { expandHistory } from './history';
import type { Skeleton } from './plan';
import { streamFor } from './prng';
import { bilingualText, publicSummary, type Language } from './text';
import type { Accounts } from './write-accounts';
import { RESPONSES } from './vocabulary';

const BATCH = 10_000;
const DAY = 86_400_000;
export const FTS_INSERT_TRIGGERS = ['recommendations_fts_insert', 'public_search_recommendation_insert', 'public_search_translation_insert'];
const BULK_TABLES = ['recommendations', 'history_events'];

/**
 * Runs `load` without the full-text triggers and without the secondary indexes of the two big tables,
 * then builds the indexes in one pass each and fills the search indexes for the new rows. Every dropped
 * trigger and index is recreated from the SQL sqlite_master held for it, so the schema ends exactly as the
 * migrations made it.
 */
export function withDeferredIndexing(client: BetterSqlite3.Database, load: () => void): void {
  const saved = client
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
       WHERE (type = 'trigger' AND name IN (${FTS_INSERT_TRIGGERS.map(() => '?').join(', ')}))
          OR (type = 'index' AND sql IS NOT NULL AND tbl_name IN (${BULK_TABLES.map(() => '?').join(', ')}))`,
    )
    .all(...FTS_INSERT_TRIGGERS, ...BULK_TABLES) as { type: 'trigger' | 'index'; name: string; sql: string }[];
  const triggers = saved.filter((s) => s.type === 'trigger');
  if (triggers.length !== FTS_INSERT_TRIGGERS.length) throw new Error(`bench generator: expected the triggers ${FTS_INSERT_TRIGGERS.join(', ')} from the migrations`);
  const { maxId } = client.prepare('SELECT coalesce(max(id), 0) AS maxId FROM recommendations').get() as { maxId: number };
  client.transaction(() => {
    for (const { type, name } of saved) client.exec(`DROP ${type === 'trigger' ? 'TRIGGER' : 'INDEX'} ${name}`);
  })();
  try {
    load();
  } finally {
    client.transaction(() => {
      for (const { sql } of saved.filter((s) => s.type === 'index')) client.exec(sql);
    })();
  }
  try {
    client.transaction(() => {
      client.prepare('INSERT INTO recommendations_fts(rowid, title, body) SELECT id, title, body FROM recommendations WHERE id > ?').run(maxId);
      client
        .prepare(
          `INSERT INTO public_search(rowid, title, body, translation_title, translation_body, summary_en, summary_es)
           SELECT id, title, body, translation_title, translation_body, summary_en, summary_es FROM public_recommendations WHERE id > ?`,
        )
        .run(maxId);
    })();
  } finally {
    client.transaction(() => {
      for (const { sql } of triggers) client.exec(sql);
    })();
  }
}

type Options = {
  seed: number;
  now: number;
  sizes: { historyEvents: number; translationShare: number };
  accounts: Accounts;
  onBatch?: (done: number) => void;
};

function statements(client: BetterSqlite3.Database) {
  const values = (n: number) => `VALUES (${Array.from({ length: n }, () => '?').join(', ')})`;
  return {
    recommendation: client.prepare(
      `INSERT INTO recommendations (id, ref, submitter_id, pillar_id, language, title, body, topics, sector, organization,
         organization_identifier, funding_declaration, country, consent, public_summary_en, public_summary_es, status,
         not_adopted_reason, covered_by_initiative_id, merged_into_id, hidden_reason, withdrawn_reason, hide_text_when_withdrawn,
         pending_status, implemented_meeting_id, assignee_id, source_id, is_sample, version, submitted_at, updated_at) ${values(31)}`,
    ),
    translation: client.prepare(`INSERT INTO recommendation_translations (recommendation_id, locale, title, body, human_checked, created_at) ${values(6)}`),
    link: client.prepare(`INSERT INTO recommendation_initiatives (recommendation_id, initiative_id, explanation_en, explanation_es, linked_by, created_at) ${values(6)}`),
    position: client.prepare(`INSERT INTO government_positions (recommendation_id, government, position, note_en, note_es, updated_by, updated_at) ${values(7)}`),
    confirmation: client.prepare(`INSERT INTO status_confirmations (recommendation_id, status, government, user_id, created_at) ${values(5)}`),
    event: client.prepare(
      `INSERT INTO history_events (recommendation_id, actor_id, actor_role, kind, from_status, to_status, is_public,
         public_response_en, public_response_es, internal_reason, details, created_at) ${values(12)}`,
    ),
    counter: client.prepare(
      'INSERT INTO reference_counters (year, last_sequence) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET last_sequence = max(last_sequence, excluded.last_sequence)',
    ),
  };
}

/** HLED-<year>-<sequence>, continuing each year's counter (the seeded record already used some numbers). */
function allocateReferences(client: BetterSqlite3.Database, skeletons: Skeleton[]): { refs: string[]; last: Map<number, number> } {
  const counters = client.prepare('SELECT year, last_sequence AS last FROM reference_counters').all() as { year: number; last: number }[];
  const last = new Map(counters.map((c) => [c.year, c.last]));
  const refs = skeletons.map((s) => {
    const year = new Date(s.submittedAt).getUTCFullYear();
    const sequence = (last.get(year) ?? 0) + 1;
    last.set(year, sequence);
    return `HLED-${year}-${String(sequence).padStart(4, '0')}`;
  });
  return { refs, last };
}

export function insertRecommendations(client: BetterSqlite3.Database, skeletons: Skeleton[], options: Options): void {
  const { seed, now, accounts } = options;
  const sql = statements(client);
  const { refs, last } = allocateReferences(client, skeletons);
  const pillarIds = new Map((client.prepare('SELECT id, number FROM pillars').all() as { id: number; number: number }[]).map((p) => [p.number, p.id]));
  const initiativeSlugs = new Map((client.prepare('SELECT id, slug FROM initiatives').all() as { id: number; slug: string }[]).map((i) => [i.id, i.slug]));
  const meeting = client.prepare('SELECT id, slug FROM meetings ORDER BY date DESC LIMIT 1').get() as { id: number; slug: string } | undefined;
  const { maxId } = client.prepare('SELECT coalesce(max(id), 0) AS maxId FROM recommendations').get() as { maxId: number };
  const { existingHistory } = client.prepare('SELECT count(*) AS existingHistory FROM history_events').get() as { existingHistory: number };
  const idOf = (index: number) => maxId + 1 + index;

  // History beyond what the statuses need, spread evenly over the recommendations.
  const needed = skeletons.reduce((sum, s) => sum + s.steps.length, 0);
  const extra = Math.max(0, options.sizes.historyEvents - existingHistory - needed);
  const extrasFor = (index: number) => Math.floor(((index + 1) * extra) / skeletons.length) - Math.floor((index * extra) / skeletons.length);

  const writeOne = (skeleton: Skeleton) => {
    const index = skeleton.index;
    const id = idOf(index);
    const submitter = accounts.stakeholders[skeleton.submitterIndex]!;
    const rng = streamFor(seed ^ 0xa5a5a5, index);
    const language: Language = rng.chance(0.85) ? submitter.preferredLocale : submitter.preferredLocale === 'en' ? 'es' : 'en';
    const other: Language = language === 'en' ? 'es' : 'en';
    const text = bilingualText(rng, skeleton.pillarNumber);
    const original = text[language];
    // An edit keeps the text as it was before: here, the first paragraph the submitter later added to.
    const cut = original.body.indexOf('\n\n');
    const history = expandHistory(streamFor(seed ^ 0x4157, index), skeleton, extrasFor(index), {
      now,
      submitterId: submitter.id,
      coordinatorIds: accounts.coordinatorIds,
      refOf: (i) => refs[i]!,
      initiativeSlug: (initiativeId) => initiativeSlugs.get(initiativeId)!,
      meetingSlug: meeting?.slug ?? '',
      edit: { title: original.title, body: cut > 0 ? original.body.slice(0, cut) : original.body },
    });
    const summary = skeleton.hasSummary ? publicSummary(text) : null;
    const assigned = skeleton.steps.some((s) => s.kind === 'assigned');
    const withMeeting = skeleton.status === 'implemented' || skeleton.pendingImplemented;
    sql.recommendation.run(
      id, refs[index], submitter.id, pillarIds.get(skeleton.pillarNumber), language, original.title, original.body, JSON.stringify(original.topics),
      submitter.sector, submitter.organization,
      submitter.sector === 'private_sector' && rng.chance(0.5) ? organizationIdentifier(seed, index, submitter.country) : null,
      rng.weighted({ none: 80, us: 8, mx: 8, both: 4 }), submitter.country, skeleton.consent, summary?.[0] ?? null, summary?.[1] ?? null,
      skeleton.status, skeleton.notAdoptedReason, skeleton.coveredById,
      skeleton.mergedIntoIndex === null ? null : idOf(skeleton.mergedIntoIndex),
      history.hiddenReason, history.withdrawnReason, skeleton.status === 'withdrawn' && rng.chance(0.3) ? 1 : 0,
      skeleton.pendingImplemented ? 'implemented' : null, withMeeting ? (meeting?.id ?? null) : null,
      assigned ? accounts.coordinatorIds[skeleton.lead] : null, null, 0, history.events.length, skeleton.submittedAt, history.updatedAt,
    );
    if (rng.chance(options.sizes.translationShare)) {
      const translated = text[other];
      const at = Math.min(now - DAY, skeleton.submittedAt + rng.int(1, 30) * DAY);
      sql.translation.run(id, other, translated.title, translated.body, rng.chance(0.4) ? 1 : 0, Math.max(at, skeleton.submittedAt));
    }
    for (const [initiativeId, at] of history.linkedAt) {
      sql.link.run(id, initiativeId, RESPONSES.linked[0], RESPONSES.linked[1], accounts.coordinatorIds[skeleton.lead], at);
    }
    for (const p of history.positions) {
      sql.position.run(id, p.government, p.position, RESPONSES.position[0], RESPONSES.position[1], accounts.coordinatorIds[p.government], p.at);
    }
    for (const c of history.confirmations) sql.confirmation.run(id, 'implemented', c.government, accounts.coordinatorIds[c.government], c.at);
    for (const e of history.events) {
      sql.event.run(id, e.actorId, e.actorRole, e.kind, e.fromStatus, e.toStatus, e.isPublic ? 1 : 0, e.responseEn, e.responseEs, e.internalReason, e.details, e.createdAt);
    }
  };

  for (let start = 0; start < skeletons.length; start += BATCH) {
    client.transaction(() => {
      for (const skeleton of skeletons.slice(start, start + BATCH)) writeOne(skeleton);
    })();
    options.onBatch?.(Math.min(start + BATCH, skeletons.length));
  }
  client.transaction(() => {
    for (const [year, sequence] of last) sql.counter.run(year, sequence);
  })();
}
