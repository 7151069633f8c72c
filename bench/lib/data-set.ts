/** What the runner reads from the bench database directly: the targets' parameters, the write test's accounts, the checks. */
import BetterSqlite3 from 'better-sqlite3';
import { COUNTED_TABLES } from '../generate';
import { BENCH_EMAIL_DOMAIN } from '../data/accounts';
import type { Submitter } from './submissions';

export type DataSetFacts = {
  counts: Record<string, number>;
  publicCount: number;
  sqliteVersion: string;
  pillarSlugs: string[];
  /** The initiative with the most linked recommendations, and the latest meeting: the heaviest of their kind. */
  initiativeSlug: string;
  meetingSlug: string;
  /** Public references spread over the register, for the recommendation page target. */
  publicRefs: string[];
  filteredCount: number;
  maxRecommendationId: number;
};

export const FILTER = { status: 'in_progress', sector: 'private_sector' } as const;

function open(file: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

export function readDataSet(file: string): DataSetFacts {
  const db = open(file);
  try {
    const value = (sql: string, ...params: unknown[]) =>
      db
        .prepare(sql)
        .pluck()
        .get(...params) as number;
    const pillarSlugs = db.prepare('SELECT slug FROM pillars ORDER BY number').pluck().all() as string[];
    const publicCount = value('SELECT count(*) FROM public_recommendations');
    const step = Math.max(1, Math.floor(publicCount / 1000));
    return {
      counts: Object.fromEntries(COUNTED_TABLES.map((table) => [table, value(`SELECT count(*) FROM ${table}`)])),
      publicCount,
      sqliteVersion: db.prepare('SELECT sqlite_version()').pluck().get() as string,
      pillarSlugs,
      initiativeSlug: db
        .prepare(
          'SELECT i.slug FROM initiatives i JOIN recommendation_initiatives l ON l.initiative_id = i.id GROUP BY i.id ORDER BY count(*) DESC, i.id LIMIT 1',
        )
        .pluck()
        .get() as string,
      meetingSlug: db.prepare('SELECT slug FROM meetings ORDER BY date DESC LIMIT 1').pluck().get() as string,
      publicRefs: db
        .prepare(
          'SELECT ref FROM (SELECT ref, row_number() OVER (ORDER BY id) AS n FROM public_recommendations) WHERE n % ? = 0 LIMIT 1000',
        )
        .pluck()
        .all(step) as string[],
      filteredCount: value(
        'SELECT count(*) FROM public_recommendations p JOIN pillars ON pillars.id = p.pillar_id WHERE pillars.slug = ? AND p.status = ? AND p.sector = ?',
        pillarSlugs[0],
        FILTER.status,
        FILTER.sector,
      ),
      maxRecommendationId: value('SELECT coalesce(max(id), 0) FROM recommendations'),
    };
  } finally {
    db.close();
  }
}

/**
 * Generated stakeholders who submitted nothing in the last day, so the hourly and daily limits start at
 * zero for each (which matters when BENCH_DB reuses a database an earlier run wrote to).
 */
export function freshSubmitters(file: string, count: number, now = Date.now()): Omit<Submitter, 'cookie'>[] {
  const db = open(file);
  try {
    const recent = new Set(
      db
        .prepare("SELECT DISTINCT actor_id FROM history_events WHERE kind = 'submitted' AND created_at >= ?")
        .pluck()
        .all(now - 86_400_000) as number[],
    );
    const rows = db
      .prepare(
        `SELECT id, email, sector, country, preferred_locale AS locale FROM users
         WHERE role = 'stakeholder' AND deactivated_at IS NULL AND email_verified_at IS NOT NULL AND email LIKE ? ORDER BY id DESC`,
      )
      .all(`%@${BENCH_EMAIL_DOMAIN}`) as { id: number; email: string; sector: string; country: string; locale: 'en' | 'es' }[];
    return rows
      .filter((r) => !recent.has(r.id))
      .slice(0, count)
      .map(({ email, sector, country, locale }) => ({ email, sector, country, locale }));
  } finally {
    db.close();
  }
}

export function maxRecommendationId(file: string): number {
  const db = open(file);
  try {
    return db.prepare('SELECT coalesce(max(id), 0) FROM recommendations').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** Which acknowledged references the database holds, and how many rows the test added in all. */
export function verifySubmissions(
  file: string,
  acknowledged: string[],
  sinceId: number,
): { missing: string[]; duplicates: number; rowsAdded: number; integrity: string } {
  const db = open(file);
  try {
    const stored = new Set(db.prepare('SELECT ref FROM recommendations WHERE id > ?').pluck().all(sinceId) as string[]);
    return {
      missing: acknowledged.filter((ref) => !stored.has(ref)),
      duplicates: acknowledged.length - new Set(acknowledged).size,
      rowsAdded: stored.size,
      integrity: db.pragma('quick_check', { simple: true }) as string,
    };
  } finally {
    db.close();
  }
}
