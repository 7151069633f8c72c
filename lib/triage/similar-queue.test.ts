import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { recommendations, recommendationTranslations } from '@/db/schema';
import { useDemoPeople } from '@/test/demo-people';
import { anyPillarAdmin } from '@/test/fixtures/similar/admin';
import { storeItem } from '@/test/fixtures/similar/corpus';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { findSimilar } from './similar';

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);

const byTitle = (start: string) =>
  database
    .db()
    .select()
    .from(recommendations)
    .all()
    .find((r) => r.title.startsWith(start))!;
const suggestedFor = (title: string) => findSimilar(people['coordinator.mx']!, byTitle(title));

describe('similar recommendations on the demo queue', () => {
  it('suggests nothing for Unified Cargo Processing, rather than cybersecurity workshops or honey producers', () => {
    expect(suggestedFor('Extend the Unified Cargo Processing program')).toEqual([]);
  });

  it('suggests the record’s NIST recommendation for the NIST workshops, saying which words they share', () => {
    const [first, ...rest] = suggestedFor('Offer NIST Cybersecurity Framework 2.0 workshops');
    expect(first).toMatchObject({ ref: 'HLED-2023-0002', band: 'strong', sharedWordsLanguage: 'en' });
    expect(first!.sharedWords).toEqual(expect.arrayContaining(['NIST', 'Cybersecurity', 'Framework']));
    expect(rest).toEqual([]);
  });

  it('finds the same pair from either page: a short item and its longer twin', () => {
    expect(suggestedFor('Promote the NIST Cybersecurity Framework').map((s) => s.ref)).toContain(byTitle('Offer NIST Cybersecurity').ref);
  });

  it('matches across languages through a translation: an English duplicate suggests the Spanish original', () => {
    const db = database.db();
    const spanish = byTitle('Publicar los tiempos de espera de carga');
    const english = storeItem(
      db,
      {
        pillar: 'building-back-together',
        language: 'en',
        title: { en: 'Publish cargo waiting times at every port of entry' },
        body: { en: 'Truckers and exporters should see the waiting time for cargo at each port of entry before they leave.' },
      },
      'HLED-2026-9001',
    );
    // Without a translation the two texts share no word.
    expect(findSimilar(anyPillarAdmin, english).map((s) => s.ref)).not.toContain(spanish.ref);
    db.insert(recommendationTranslations)
      .values({
        recommendationId: spanish.id,
        locale: 'en',
        title: 'Publish cargo waiting times at each port of entry',
        body: 'Customs should publish the waiting time for cargo at each port of entry, updated every hour.',
      })
      .run();
    expect(findSimilar(anyPillarAdmin, english).map((s) => s.ref)).toContain(spanish.ref);
    // And the other way: the Spanish page suggests the English duplicate.
    expect(
      findSimilar(anyPillarAdmin, db.select().from(recommendations).where(eq(recommendations.id, spanish.id)).get()!).map((s) => s.ref),
    ).toContain(english.ref);
  });

  it('suggests only what the coordinator may act on', () => {
    const pillarFour = people['coordinator.pillar4']!;
    const row = byTitle('Promote the NIST Cybersecurity Framework');
    expect(findSimilar(anyPillarAdmin, row)).not.toEqual([]);
    expect(findSimilar(pillarFour, row)).toEqual([]);
  });
});

describe('the similar index', () => {
  const matches = (word: string) =>
    database
      .db()
      .$client.prepare('select rowid from recommendations_similar_fts where recommendations_similar_fts match ?')
      .pluck()
      .all(`"${word}"`) as number[];

  it('follows an edited title and a removed translation', () => {
    const db = database.db();
    const row = storeItem(
      db,
      {
        pillar: 'investing-in-our-people',
        language: 'es',
        title: { es: 'Talleres de apicultura', en: 'Beekeeping workshops' },
        body: { es: 'Cursos para apicultores.', en: 'Courses for beekeepers.' },
      },
      'HLED-2026-9002',
    );
    expect(matches('beekeeping')).toContain(row.id);
    db.update(recommendations).set({ title: 'Talleres de carpintería' }).where(eq(recommendations.id, row.id)).run();
    expect(matches('carpinteria')).toContain(row.id);
    expect(matches('apicultura')).not.toContain(row.id);
    expect(matches('beekeeping')).toContain(row.id);
    db.delete(recommendationTranslations).where(eq(recommendationTranslations.recommendationId, row.id)).run();
    expect(matches('beekeeping')).not.toContain(row.id);
    db.delete(recommendations).where(eq(recommendations.id, row.id)).run();
    expect(matches('carpinteria')).not.toContain(row.id);
  });
});
