import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/open';
import { COUNTRIES, LOCALES, SECTORS } from '@/db/schema/accounts';
import { CONSENT_LEVELS, RECOMMENDATION_STATUSES } from '@/db/schema/recommendations';
import { verifyPassword } from '@/lib/auth/password';
import { recommendationSchema } from '@/lib/recommendations/schema';
import { BENCH_PASSWORD, generateDataSet, stakeholderEmail, type GenerationReport } from './generate';
import { actionBody, submissionInputs } from './lib/submission-input';

const SIZES = { recommendations: 500, stakeholders: 50, historyEvents: 2_500, initiatives: 30 };

describe('the benchmark data generator, at a small size', () => {
  let dir: string;
  let report: GenerationReport;
  let db: BetterSqlite3.Database;
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const value = (sql: string) => db.prepare(sql).pluck().get() as number | string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hled-bench-test-'));
    report = await generateDataSet({ file: path.join(dir, 'bench.db'), sizes: SIZES, now: Date.UTC(2026, 5, 1) });
    db = new BetterSqlite3(report.file, { readonly: true });
  }, 30_000);

  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the sizes asked for, counting the seeded record', () => {
    expect(report.counts.recommendations).toBe(500);
    expect(report.counts.history_events).toBe(2_500);
    expect(report.counts.initiatives).toBe(30);
    expect(value("SELECT count(*) FROM users WHERE role = 'stakeholder'")).toBe(50);
    expect(value("SELECT count(*) FROM users WHERE role <> 'stakeholder'")).toBeGreaterThanOrEqual(3);
    expect(value('SELECT count(*) FROM users WHERE email_verified_at IS NULL')).toBe(0);
  });

  it('covers every status, consent level, pillar, language, sector and country', () => {
    const distinct = (column: string) => all<{ v: string }>(`SELECT DISTINCT ${column} AS v FROM recommendations`).map((r) => r.v);
    expect(distinct('status')).toEqual(expect.arrayContaining([...RECOMMENDATION_STATUSES]));
    expect(distinct('consent')).toEqual(expect.arrayContaining([...CONSENT_LEVELS]));
    expect(distinct('language')).toEqual(expect.arrayContaining([...LOCALES]));
    expect(distinct('country')).toEqual(expect.arrayContaining([...COUNTRIES]));
    expect(distinct('sector')).toEqual(expect.arrayContaining(SECTORS.filter((s) => s !== 'other')));
    expect(distinct('pillar_id')).toHaveLength(4);
    expect(value('SELECT count(*) FROM recommendation_translations')).toBeGreaterThan(100);
  });

  it('gives unique references, consistent with each year’s counter', () => {
    expect(value('SELECT count(DISTINCT ref) FROM recommendations')).toBe(500);
    const counters = all<{ year: number; last: number; highest: number; n: number }>(
      `SELECT c.year, c.last_sequence AS last,
              (SELECT max(CAST(substr(ref, 11) AS INTEGER)) FROM recommendations WHERE substr(ref, 6, 4) = CAST(c.year AS TEXT)) AS highest,
              (SELECT count(*) FROM recommendations WHERE substr(ref, 6, 4) = CAST(c.year AS TEXT)) AS n
       FROM reference_counters c`,
    );
    for (const c of counters) {
      expect(c.highest).toBe(c.last);
      expect(c.n).toBe(c.last); // gap-free
    }
    expect(value("SELECT count(*) FROM recommendations WHERE ref NOT GLOB 'HLED-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*'")).toBe(0);
    // A generated reference carries the year it was submitted in (the seeded record cites its own).
    expect(
      value(
        "SELECT count(*) FROM recommendations WHERE source_id IS NULL AND strftime('%Y', submitted_at / 1000, 'unixepoch') <> substr(ref, 6, 4)",
      ),
    ).toBe(0);
  });

  it('keeps each status consistent with its links, meeting and history', () => {
    expect(
      value(
        "SELECT count(*) FROM recommendations r WHERE status IN ('accepted', 'in_progress', 'implemented') AND NOT EXISTS (SELECT 1 FROM recommendation_initiatives l WHERE l.recommendation_id = r.id)",
      ),
    ).toBe(0);
    expect(value("SELECT count(*) FROM recommendations WHERE status = 'implemented' AND implemented_meeting_id IS NULL")).toBe(0);
    expect(value("SELECT count(*) FROM recommendations WHERE status = 'merged' AND merged_into_id IS NULL")).toBe(0);
    expect(
      value(
        "SELECT count(*) FROM recommendations r WHERE NOT EXISTS (SELECT 1 FROM history_events h WHERE h.recommendation_id = r.id AND h.kind IN ('submitted', 'seeded'))",
      ),
    ).toBe(0);
    // The last status the history reached is the recommendation's status.
    const mismatched = value(
      `SELECT count(*) FROM recommendations r WHERE r.status <> (
         SELECT h.to_status FROM history_events h
         WHERE h.recommendation_id = r.id AND h.to_status IS NOT NULL AND (h.is_public OR h.kind = 'hidden')
         ORDER BY h.created_at DESC, h.id DESC LIMIT 1)`,
    );
    expect(mismatched).toBe(0);
  });

  it('indexes public text for search, accents folded, and nothing hidden or confidential', () => {
    expect(value("SELECT count(*) FROM public_search WHERE public_search MATCH 'energia'")).toBeGreaterThan(0);
    expect(value("SELECT count(*) FROM recommendations_fts WHERE recommendations_fts MATCH 'semiconductores'")).toBeGreaterThan(0);
    expect(value('SELECT count(*) FROM public_search')).toBe(value('SELECT count(*) FROM public_recommendations'));
    expect(
      value(
        "SELECT count(*) FROM public_search WHERE rowid IN (SELECT id FROM recommendations WHERE status = 'hidden' OR consent = 'confidential')",
      ),
    ).toBe(0);
  });

  it('leaves the schema exactly as the migrations make it, and a sound file', () => {
    const reference = openDatabase(path.join(dir, 'reference.db'));
    const schemaOf = (client: BetterSqlite3.Database) =>
      client
        .prepare(
          "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'index', 'trigger', 'view') AND name NOT LIKE 'sqlite_stat%' ORDER BY name",
        )
        .all();
    expect(schemaOf(db)).toEqual(schemaOf(reference.$client));
    reference.$client.close();
    expect(value('PRAGMA integrity_check')).toBe('ok');
    expect(value('PRAGMA journal_mode')).toBe('wal');
  });

  it('gives every account the bench password', async () => {
    const hash = value(`SELECT password_hash FROM users WHERE email = '${stakeholderEmail(50)}'`) as string;
    expect(await verifyPassword(hash, BENCH_PASSWORD)).toBe(true);
  });

  it('sends, in the write test, submissions the form schema accepts', () => {
    const slugs = all<{ slug: string }>('SELECT slug FROM pillars ORDER BY number').map((p) => p.slug);
    for (const pair of submissionInputs(8, slugs, 200)) {
      for (const input of [pair.en, pair.es]) {
        const [argument] = JSON.parse(actionBody(input, { sector: 'academia', country: 'mx' })) as unknown[];
        expect(recommendationSchema.safeParse(argument).error?.issues).toBeUndefined();
      }
    }
  });
});
