/**
 * Where each correctable field of the record lives in the database: reading its current value and writing
 * the corrected one. Paths are those of the seed files ("text.es", "figure.qualifier", "leads", ...).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../schema';
import type { CorrectionTarget } from '../schema/record';

export type Db = BetterSQLite3Database<typeof schema>;

/** A field kept in the append-only history: a database that published it keeps it as published. */
export const HISTORY_FIELD = /^publicResponse\.(en|es)$/;

type Plain = { table: SQLiteTable & { id: SQLiteColumn }; columns: Record<string, string> };

const bilingual = (prefix: string, column: string) => ({ [`${prefix}.en`]: `${column}En`, [`${prefix}.es`]: `${column}Es` });

const PLAIN: Partial<Record<CorrectionTarget, Plain>> = {
  source: { table: schema.sources, columns: { publisher: 'publisher' } },
  agency: { table: schema.agencies, columns: bilingual('name', 'name') },
  pillar: { table: schema.pillars, columns: { ...bilingual('title', 'title'), ...bilingual('purpose', 'purpose') } },
  meeting: {
    table: schema.meetings,
    columns: {
      ...bilingual('title', 'title'),
      ...bilingual('summary', 'summary'),
      ...bilingual('place', 'place'),
      usLeads: 'usLeads',
      mxLeads: 'mxLeads',
      usLeadsEs: 'usLeadsEs',
      mxLeadsEs: 'mxLeadsEs',
    },
  },
  initiative: {
    table: schema.initiatives,
    columns: { ...bilingual('title', 'title'), ...bilingual('description', 'description'), state: 'state' },
  },
  progress: {
    table: schema.progressUpdates,
    columns: {
      date: 'date',
      kind: 'kind',
      ...bilingual('text', 'text'),
      'figure.value': 'figureValue',
      ...bilingual('figure.unit', 'figureUnit'),
      'figure.qualifier': 'figureQualifier',
    },
  },
};

function plainColumn(kind: CorrectionTarget, path: string): { table: Plain['table']; column: SQLiteColumn } | null {
  const plain = PLAIN[kind];
  const name = plain?.columns[path];
  if (!plain || !name) return null;
  return { table: plain.table, column: (plain.table as unknown as Record<string, SQLiteColumn>)[name]! };
}

export function readField(db: Db, kind: CorrectionTarget, id: number, path: string): unknown {
  const plain = plainColumn(kind, path);
  if (plain) return db.select({ value: plain.column }).from(plain.table).where(eq(plain.table.id, id)).get()?.value ?? null;
  if (kind === 'initiative' && path === 'leads') return initiativeLeads(db, id);
  if (kind === 'recommendation') return readRecommendationField(db, id, path);
  throw new Error(`a correction names field "${path}" of a ${kind}, which cannot be corrected`);
}

/** Writes a corrected value; false when the field cannot be rewritten (it is in the append-only history). */
export function writeField(db: Db, kind: CorrectionTarget, id: number, path: string, value: unknown): boolean {
  const plain = plainColumn(kind, path);
  if (plain) {
    db.update(plain.table)
      .set({ [PLAIN[kind]!.columns[path]!]: value })
      .where(eq(plain.table.id, id))
      .run();
    if (kind === 'initiative') bumpInitiativeVersion(db, id);
    return true;
  }
  if (kind === 'initiative' && path === 'leads') return (writeInitiativeLeads(db, id, value as string[]), true);
  if (kind === 'recommendation') return writeRecommendationField(db, id, path, value as string);
  throw new Error(`a correction names field "${path}" of a ${kind}, which cannot be corrected`);
}

// An open edit form names the version it started from; a correction is a change it must not overwrite.
function bumpInitiativeVersion(db: Db, id: number) {
  const row = db.select({ version: schema.initiatives.version }).from(schema.initiatives).where(eq(schema.initiatives.id, id)).get();
  if (row)
    db.update(schema.initiatives)
      .set({ version: row.version + 1, updatedAt: new Date() })
      .where(eq(schema.initiatives.id, id))
      .run();
}

function initiativeLeads(db: Db, initiativeId: number): string[] {
  return db
    .select({ slug: schema.agencies.slug })
    .from(schema.initiativeLeads)
    .innerJoin(schema.agencies, eq(schema.agencies.id, schema.initiativeLeads.agencyId))
    .where(eq(schema.initiativeLeads.initiativeId, initiativeId))
    .orderBy(asc(schema.agencies.slug))
    .all()
    .map((r) => r.slug);
}

function writeInitiativeLeads(db: Db, initiativeId: number, slugs: string[]) {
  db.delete(schema.initiativeLeads).where(eq(schema.initiativeLeads.initiativeId, initiativeId)).run();
  for (const slug of slugs) {
    const agency = db.select({ id: schema.agencies.id }).from(schema.agencies).where(eq(schema.agencies.slug, slug)).get();
    if (!agency) throw new Error(`a correction names unknown agency "${slug}"`);
    db.insert(schema.initiativeLeads).values({ initiativeId, agencyId: agency.id }).run();
  }
  bumpInitiativeVersion(db, initiativeId);
}

/** title.xx and text.xx: the original (recommendations) in its language, the translation in the other. */
function recommendationText(db: Db, id: number, path: string) {
  const [field, locale] = path.split('.') as ['title' | 'text', 'en' | 'es'];
  const row = db
    .select({ language: schema.recommendations.language })
    .from(schema.recommendations)
    .where(eq(schema.recommendations.id, id))
    .get();
  if (!row) throw new Error(`recommendation ${id} is gone`);
  return { original: row.language === locale, locale, column: field === 'title' ? ('title' as const) : ('body' as const) };
}

function readRecommendationField(db: Db, id: number, path: string): unknown {
  if (/^(title|text)\.(en|es)$/.test(path)) {
    const { original, locale, column } = recommendationText(db, id, path);
    if (original)
      return (
        db.select({ value: schema.recommendations[column] }).from(schema.recommendations).where(eq(schema.recommendations.id, id)).get()
          ?.value ?? null
      );
    const t = schema.recommendationTranslations;
    return (
      db
        .select({ value: t[column] })
        .from(t)
        .where(and(eq(t.recommendationId, id), eq(t.locale, locale)))
        .get()?.value ?? null
    );
  }
  if (HISTORY_FIELD.test(path)) {
    const column = path.endsWith('.en') ? schema.historyEvents.publicResponseEn : schema.historyEvents.publicResponseEs;
    const h = schema.historyEvents;
    return (
      db
        .select({ value: column })
        .from(h)
        .where(and(eq(h.recommendationId, id), eq(h.kind, 'seeded')))
        .get()?.value ?? null
    );
  }
  const link = explanationPath(path);
  if (link) {
    const l = schema.recommendationInitiatives;
    const column = link.locale === 'en' ? l.explanationEn : l.explanationEs;
    return (
      db
        .select({ value: column })
        .from(l)
        .where(and(eq(l.recommendationId, id), eq(l.initiativeId, initiativeId(db, link.slug))))
        .get()?.value ?? null
    );
  }
  throw new Error(`a correction names field "${path}" of a recommendation, which cannot be corrected`);
}

function writeRecommendationField(db: Db, id: number, path: string, value: string): boolean {
  if (/^(title|text)\.(en|es)$/.test(path)) {
    const { original, locale, column } = recommendationText(db, id, path);
    if (original) {
      const r = schema.recommendations;
      const version = db.select({ version: r.version }).from(r).where(eq(r.id, id)).get()!.version;
      db.update(r)
        .set({ [column]: value, version: version + 1 })
        .where(eq(r.id, id))
        .run();
    } else {
      const t = schema.recommendationTranslations;
      db.update(t)
        .set({ [column]: value })
        .where(and(eq(t.recommendationId, id), eq(t.locale, locale)))
        .run();
    }
    return true;
  }
  if (HISTORY_FIELD.test(path)) return false;
  const link = explanationPath(path)!;
  const l = schema.recommendationInitiatives;
  db.update(l)
    .set(link.locale === 'en' ? { explanationEn: value } : { explanationEs: value })
    .where(and(eq(l.recommendationId, id), eq(l.initiativeId, initiativeId(db, link.slug))))
    .run();
  return true;
}

function explanationPath(path: string): { slug: string; locale: 'en' | 'es' } | null {
  const match = /^initiatives\.([a-z0-9-]+)\.explanation\.(en|es)$/.exec(path);
  return match ? { slug: match[1]!, locale: match[2] as 'en' | 'es' } : null;
}

function initiativeId(db: Db, slug: string): number {
  const row = db.select({ id: schema.initiatives.id }).from(schema.initiatives).where(eq(schema.initiatives.slug, slug)).get();
  if (!row) throw new Error(`a correction names unknown initiative "${slug}"`);
  return row.id;
}
