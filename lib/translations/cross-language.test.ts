/**
 * Cross-language matching on the record's own pairs: every seeded record item whose text exists in
 * English and Spanish is found by the register search in either language, and an item written in the
 * other language (a stakeholder restating it) is suggested by the similar-items check.
 */
import { describe, expect, it } from 'vitest';
import { searchRegister } from '@/lib/public/register';
import { parseRegisterFiltersLenient } from '@/lib/public/register-filters';
import { findSimilar } from '@/lib/triage/similar';
import { anyPillarAdmin } from '@/test/fixtures/similar/admin';
import { storeItem } from '@/test/fixtures/similar/corpus';
import { useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';

const database = useTemporaryGlobalDatabase();
useDemoPeople(database);

type Pair = { ref: string; slug: string; language: 'en' | 'es'; title: string; translationTitle: string; translationBody: string };

function recordPairs(): Pair[] {
  return database
    .db()
    .$client.prepare(
      `select r.ref, p.slug, r.language, r.title, t.title as translationTitle, t.body as translationBody
       from recommendations r join recommendation_translations t on t.recommendation_id = r.id and t.locale <> r.language
       join pillars p on p.id = r.pillar_id
       where r.source_id is not null and r.status not in ('merged', 'hidden') order by r.ref`,
    )
    .all() as Pair[];
}

const found = (query: string) => {
  const page = searchRegister(parseRegisterFiltersLenient(new URLSearchParams({ q: query })));
  if ('unknown' in page) throw new Error(page.unknown);
  return page;
};

describe('cross-language matching on the record’s Spanish/English pairs', () => {
  it('the register finds each record item by its title in either language', () => {
    const pairs = recordPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    const missed = pairs.flatMap((pair) =>
      [pair.title, pair.translationTitle]
        .filter((title) => !found(title).items.some((item) => item.ref === pair.ref))
        .map((title) => `${pair.ref}: ${title}`),
    );
    expect(missed).toEqual([]);
  });

  it('an item written in the other language, restating a record item, is suggested that record item', () => {
    const pairs = recordPairs();
    const missed: string[] = [];
    pairs.forEach((pair, index) => {
      const other = pair.language === 'en' ? 'es' : 'en';
      const restated = storeItem(
        database.db(),
        {
          pillar: pair.slug,
          language: other,
          title: { [other]: pair.translationTitle },
          body: { [other]: pair.translationBody.split(/(?<=\.)\s/)[0]! },
        },
        `HLED-2099-${String(9000 + index)}`,
      );
      if (!findSimilar(anyPillarAdmin, restated).some((s) => s.ref === pair.ref)) missed.push(pair.ref);
    });
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    // One pair is never suggested: "Share information on economic opportunities" has no
    // telling word once the dialogue's own vocabulary is set aside (lib/triage/similar-words.ts), so the
    // check says "no similar recommendations" rather than guess. Every other pair is found across languages.
    expect(missed).toEqual(['HLED-2023-0009']);
  });
});
