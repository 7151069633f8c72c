/**
 * Loads the HLED record (db/seed/record/*.json) into the database.
 * Idempotent: it adds what is missing, keyed on slugs, references and a content key for progress
 * updates, and never overwrites what is already there (coordinators may have edited it since). What the
 * record corrects reaches a database seeded earlier only through corrections.json, each once, dated and
 * recorded (apply-corrections.ts). A hash of the files in `settings` lets an unchanged record skip the
 * work entirely at start-up.
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from '../schema';
import { seedWithCorrections, type CorrectionsSummary } from './apply-corrections';
import { readCorrections } from './corrections';
import type { CorrectionSeed, RecordSeed } from './format';
import { readRecordSeed } from './read-record';
import { appendHistory } from '../history';
import { seedMilestones } from './seed-milestones';

type Db = BetterSQLite3Database<typeof schema>;
const SEED_HASH_KEY = 'seed.record.hash';

export function recordHash(record: RecordSeed): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('hex');
}

/** What identifies a seeded progress update: its initiative, source, date and English text. */
export function progressKey(identity: { initiative: string; source: string; date: string; textEn: string }): string {
  const content = [identity.initiative, identity.date, identity.source, identity.textEn].join('\n');
  return createHash('sha256').update(content).digest('hex').slice(0, 24);
}

export function progressSeedKey(update: RecordSeed['progress'][number]): string {
  return progressKey({ initiative: update.initiative, source: update.source, date: update.date, textEn: update.text.en });
}

export type SeedResult = { changed: boolean; corrections: CorrectionsSummary | null };

export function seedRecord(db: Db, record: RecordSeed = readRecordSeed(), corrections: CorrectionSeed[] = readCorrections()): SeedResult {
  const hash = createHash('sha256').update(recordHash(record)).update(JSON.stringify(corrections)).digest('hex');
  const stored = db.select().from(schema.settings).where(eq(schema.settings.key, SEED_HASH_KEY)).get();
  // Milestones are keyed one by one (a database seeded before they existed gets them too).
  if (stored?.value === hash) return { changed: seedMilestones(db) > 0, corrections: null };

  let summary: CorrectionsSummary | null = null;
  db.transaction(
    (tx) => {
      summary = seedWithCorrections(tx as unknown as Db, record, corrections, progressKey, () => insertRecord(tx as unknown as Db, record));
      tx.insert(schema.settings)
        .values({ key: SEED_HASH_KEY, value: hash })
        .onConflictDoUpdate({ target: schema.settings.key, set: { value: hash, updatedAt: new Date() } })
        .run();
    },
    { behavior: 'immediate' },
  );
  seedMilestones(db);
  return { changed: true, corrections: summary };
}

function idsBySlug(
  db: Db,
  table: typeof schema.sources | typeof schema.pillars | typeof schema.meetings | typeof schema.initiatives | typeof schema.agencies,
) {
  const rows = db.select({ id: table.id, slug: table.slug }).from(table).all();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function required(map: Map<string, number>, slug: string, kind: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`unknown ${kind} "${slug}"`);
  return id;
}

function insertRecord(db: Db, record: RecordSeed) {
  for (const s of record.sources) {
    db.insert(schema.sources)
      .values({
        slug: s.slug,
        file: s.file,
        titleEn: s.title.en,
        titleEs: s.title.es,
        publisher: s.publisher,
        date: s.date,
        url: s.url,
        secondary: s.secondary,
      })
      .onConflictDoNothing()
      .run();
  }
  const sourceIds = idsBySlug(db, schema.sources);

  for (const a of record.agencies) {
    db.insert(schema.agencies)
      .values({ slug: a.slug, government: a.government, acronym: a.acronym, nameEn: a.name.en, nameEs: a.name.es })
      .onConflictDoNothing()
      .run();
  }
  const agencyIds = idsBySlug(db, schema.agencies);

  for (const p of record.pillars) {
    db.insert(schema.pillars)
      .values({
        slug: p.slug,
        number: p.number,
        titleEn: p.title.en,
        titleEs: p.title.es,
        purposeEn: p.purpose.en,
        purposeEs: p.purpose.es,
      })
      .onConflictDoNothing()
      .run();
  }
  const pillarIds = idsBySlug(db, schema.pillars);
  for (const p of record.pillars) {
    for (const s of p.sources) {
      db.insert(schema.pillarSources)
        .values({ pillarId: required(pillarIds, p.slug, 'pillar'), sourceId: required(sourceIds, s, 'source') })
        .onConflictDoNothing()
        .run();
    }
  }

  for (const m of record.meetings) {
    db.insert(schema.meetings)
      .values({
        slug: m.slug,
        date: m.date,
        kind: m.kind,
        titleEn: m.title.en,
        titleEs: m.title.es,
        placeEn: m.place?.en,
        placeEs: m.place?.es,
        summaryEn: m.summary.en,
        summaryEs: m.summary.es,
        usLeads: m.usLeads,
        mxLeads: m.mxLeads,
        usLeadsEs: m.usLeadsEs,
        mxLeadsEs: m.mxLeadsEs,
      })
      .onConflictDoNothing()
      .run();
  }
  const meetingIds = idsBySlug(db, schema.meetings);
  for (const m of record.meetings) {
    for (const s of m.sources) {
      db.insert(schema.meetingSources)
        .values({ meetingId: required(meetingIds, m.slug, 'meeting'), sourceId: required(sourceIds, s, 'source') })
        .onConflictDoNothing()
        .run();
    }
  }

  for (const i of record.initiatives) {
    db.insert(schema.initiatives)
      .values({
        slug: i.slug,
        pillarId: required(pillarIds, i.pillar, 'pillar'),
        titleEn: i.title.en,
        titleEs: i.title.es,
        descriptionEn: i.description.en,
        descriptionEs: i.description.es,
        state: i.state,
      })
      .onConflictDoNothing()
      .run();
  }
  const initiativeIds = idsBySlug(db, schema.initiatives);
  for (const i of record.initiatives) {
    const initiativeId = required(initiativeIds, i.slug, 'initiative');
    for (const a of i.leads) {
      db.insert(schema.initiativeLeads)
        .values({ initiativeId, agencyId: required(agencyIds, a, 'agency') })
        .onConflictDoNothing()
        .run();
    }
    for (const s of i.sources) {
      db.insert(schema.initiativeSources)
        .values({ initiativeId, sourceId: required(sourceIds, s, 'source') })
        .onConflictDoNothing()
        .run();
    }
  }

  for (const u of record.progress) {
    db.insert(schema.progressUpdates)
      .values({
        initiativeId: required(initiativeIds, u.initiative, 'initiative'),
        meetingId: required(meetingIds, u.meeting, 'meeting'),
        date: u.date,
        kind: u.kind,
        textEn: u.text.en,
        textEs: u.text.es,
        figureValue: u.figure?.value,
        figureUnitEn: u.figure?.unit.en,
        figureUnitEs: u.figure?.unit.es,
        figureQualifier: u.figure?.qualifier,
        sourceId: required(sourceIds, u.source, 'source'),
        seedKey: progressSeedKey(u),
      })
      .onConflictDoNothing()
      .run();
  }

  for (const r of record.recommendations) insertRecommendation(db, r, { pillarIds, meetingIds, sourceIds, initiativeIds });
}

function insertRecommendation(
  db: Db,
  r: RecordSeed['recommendations'][number],
  ids: Record<'pillarIds' | 'meetingIds' | 'sourceIds' | 'initiativeIds', Map<string, number>>,
) {
  const other = r.language === 'en' ? 'es' : 'en';
  const meetingId = required(ids.meetingIds, r.meeting, 'meeting');
  const reportedAt = new Date(`${r.date}T12:00:00Z`);
  const inserted = db
    .insert(schema.recommendations)
    .values({
      ref: r.ref,
      pillarId: required(ids.pillarIds, r.pillar, 'pillar'),
      language: r.language,
      title: r.title[r.language],
      body: r.text[r.language],
      // The governments' fact sheets name no submitter: the record keeps the input, not the person.
      sector: 'other',
      country: 'other',
      consent: 'without_name',
      status: r.status,
      implementedMeetingId: r.status === 'implemented' ? meetingId : null,
      sourceId: required(ids.sourceIds, r.source, 'source'),
      submittedAt: reportedAt,
      updatedAt: reportedAt,
    })
    .onConflictDoNothing()
    .returning({ id: schema.recommendations.id })
    .get();
  if (!inserted) return; // already seeded

  const recommendationId = inserted.id;
  db.insert(schema.recommendationTranslations)
    .values({ recommendationId, locale: other, title: r.title[other], body: r.text[other], humanChecked: true })
    .run();
  for (const link of r.initiatives) {
    db.insert(schema.recommendationInitiatives)
      .values({
        recommendationId,
        initiativeId: required(ids.initiativeIds, link.slug, 'initiative'),
        explanationEn: link.explanation.en,
        explanationEs: link.explanation.es,
        createdAt: reportedAt,
      })
      .run();
  }
  db.insert(schema.recommendationRounds).values({ recommendationId, meetingId, role: 'reported' }).run();
  appendHistory(db, {
    recommendationId,
    actor: 'system',
    kind: 'seeded',
    to: r.status,
    isPublic: true,
    response: { en: r.publicResponse.en, es: r.publicResponse.es },
    details: { source: r.source, meeting: r.meeting },
    at: reportedAt,
  });
  const [, yearText, sequenceText] = r.ref.split('-');
  db.insert(schema.referenceCounters)
    .values({ year: Number(yearText), lastSequence: Number(sequenceText) })
    .onConflictDoUpdate({
      target: schema.referenceCounters.year,
      set: { lastSequence: sql`max(${schema.referenceCounters.lastSequence}, excluded.last_sequence)` },
    })
    .run();
}
