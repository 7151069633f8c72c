import { afterEach, describe, expect, it } from 'vitest';
import { createTempDatabase } from '@/test/temp-database';
import { readCorrections, undoCorrections } from './corrections';
import { HISTORY_FIELD } from './correction-fields';
import { readRecordSeed } from './read-record';
import { seedRecord } from './seed-record';

const record = readRecordSeed();
const corrections = readCorrections();
const { earlier } = undoCorrections(record, corrections);
const itemCount = corrections.reduce((n, c) => n + c.items.length, 0);
// Items whose every change lies in the append-only history: a database seeded earlier keeps them as published.
const historyOnly = corrections.flatMap((c) => c.items).filter((item) => item.changes.every((ch) => HISTORY_FIELD.test(ch.path))).length;

type Client = import('better-sqlite3').Database;
const all = (client: Client, sql: string) => client.prepare(sql).all();

/** Everything of the record a visitor can read, keyed by what identifies it, not by row ids. */
function recordContent(client: Client) {
  return {
    sources: all(client, 'select slug, title_en, title_es, publisher, date from sources order by slug'),
    agencies: all(client, 'select slug, name_en, name_es from agencies order by slug'),
    meetings: all(
      client,
      'select slug, title_en, title_es, summary_en, summary_es, us_leads, mx_leads, us_leads_es, mx_leads_es from meetings order by slug',
    ),
    initiatives: all(client, 'select slug, title_en, title_es, description_en, description_es, state from initiatives order by slug'),
    leads: all(
      client,
      'select i.slug i, a.slug a from initiative_leads l join initiatives i on i.id = l.initiative_id join agencies a on a.id = l.agency_id order by 1, 2',
    ),
    progress: all(
      client,
      'select seed_key, date, kind, text_en, text_es, figure_value, figure_unit_en, figure_unit_es, figure_qualifier from progress_updates order by seed_key',
    ),
    recommendations: all(client, 'select ref, title, body from recommendations order by ref'),
    translations: all(
      client,
      'select r.ref, t.locale, t.title, t.body from recommendation_translations t join recommendations r on r.id = t.recommendation_id order by 1',
    ),
    links: all(
      client,
      'select r.ref, i.slug, explanation_en, explanation_es from recommendation_initiatives l join recommendations r on r.id = l.recommendation_id join initiatives i on i.id = l.initiative_id order by 1, 2',
    ),
  };
}

const outcomes = (client: Client) =>
  Object.fromEntries(
    (all(client, 'select outcome, count(*) n from record_corrections group by outcome') as { outcome: string; n: number }[]).map((r) => [
      r.outcome,
      r.n,
    ]),
  );

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

/** A database as the seed before these corrections left it: the record as first published, no corrections. */
function databaseSeededEarlier() {
  const temp = createTempDatabase({ seed: false });
  cleanup.push(temp.dispose);
  seedRecord(temp.db, earlier, []);
  return temp;
}

describe('a database seeded before the corrections', () => {
  it('gets each correction once, dated and recorded, and ends up with the record a new database gets', () => {
    const old = databaseSeededEarlier();
    const client = old.db.$client;
    const progressRows = all(client, 'select id from progress_updates').length;
    expect(all(client, 'select * from record_corrections')).toHaveLength(0);

    const result = seedRecord(old.db, record, corrections);

    expect(result.corrections).toEqual({ applied: itemCount - historyOnly, already_correct: 0, kept: historyOnly });
    // Corrected progress updates are found under their new key, not added a second time.
    expect(all(client, 'select id from progress_updates')).toHaveLength(progressRows);
    const fresh = createTempDatabase();
    cleanup.push(fresh.dispose);
    expect(recordContent(client)).toEqual(recordContent(fresh.db.$client));
    const dated = all(client, 'select distinct corrected_on from record_corrections') as { corrected_on: string }[];
    expect(dated.map((r) => r.corrected_on)).toEqual([...new Set(corrections.map((c) => c.date))]);
  });

  it('changes nothing on a second start, nor when the whole record is walked again', () => {
    const old = databaseSeededEarlier();
    const client = old.db.$client;
    seedRecord(old.db, record, corrections);
    const content = recordContent(client);
    const recorded = all(client, 'select * from record_corrections');

    expect(seedRecord(old.db, record, corrections)).toEqual({ changed: false, corrections: null });
    client.prepare("delete from settings where key = 'seed.record.hash'").run();
    expect(seedRecord(old.db, record, corrections).corrections).toEqual({ applied: 0, already_correct: 0, kept: 0 });

    expect(recordContent(client)).toEqual(content);
    expect(all(client, 'select * from record_corrections')).toEqual(recorded);
  });

  it("keeps a coordinator's later edit instead of correcting it, and says so in the record of corrections", () => {
    const old = databaseSeededEarlier();
    const client = old.db.$client;
    client
      .prepare("update initiatives set description_en = 'Rewritten by a coordinator' where slug = 'telecommunications-ict-networks'")
      .run();

    seedRecord(old.db, record, corrections);

    const row = client.prepare("select description_en from initiatives where slug = 'telecommunications-ict-networks'").get() as {
      description_en: string;
    };
    expect(row.description_en).toBe('Rewritten by a coordinator');
    const kept = client
      .prepare("select outcome, changes from record_corrections where correction_id = 'telecom-mechanism-intended'")
      .get() as { outcome: string; changes: string };
    expect(kept.outcome).toBe('kept');
    expect(JSON.parse(kept.changes)[0]).toMatchObject({ path: 'description.en', outcome: 'kept_edited' });
    // The other correction of the same workstream (its leads) still applies.
    expect(client.prepare("select outcome from record_corrections where correction_id = 'telecom-leads'").get()).toEqual({
      outcome: 'applied',
    });
  });

  it('keeps the public responses as published, since the history is append-only', () => {
    const old = databaseSeededEarlier();
    seedRecord(old.db, record, corrections);
    const response = old.db.$client
      .prepare(
        "select h.public_response_en r from history_events h join recommendations r on r.id = h.recommendation_id where r.ref = 'HLED-2023-0001'",
      )
      .get() as { r: string };
    expect(response.r).toMatch(/^Implemented\. /);
  });
});

describe('a database seeded today', () => {
  it('holds the corrected record from the start and records every correction as already made', () => {
    const fresh = createTempDatabase();
    cleanup.push(fresh.dispose);
    expect(outcomes(fresh.db.$client)).toEqual({ already_correct: itemCount });
    const response = fresh.db.$client
      .prepare(
        "select h.public_response_en r from history_events h join recommendations r on r.id = h.recommendation_id where r.ref = 'HLED-2023-0001'",
      )
      .get() as { r: string };
    expect(response.r).toMatch(/^The co-chairs' mid-year review/);
  });

  it('refuses to rewrite or delete a recorded correction', () => {
    const fresh = createTempDatabase();
    cleanup.push(fresh.dispose);
    const client = fresh.db.$client;
    expect(() => client.prepare("update record_corrections set note_en = 'x'").run()).toThrow(/append-only/);
    expect(() => client.prepare('delete from record_corrections').run()).toThrow(/append-only/);
  });
});
