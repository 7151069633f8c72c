import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, publicRecommendations, recommendations, recommendationTranslations } from '@/db/schema';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { textState } from '@/lib/translations/state';
import { listQueue } from '@/lib/triage/queue';
import { parseQueueFilters } from '@/lib/triage/queue-filters';
import { recommendationInput, useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import type { MachineTranslator } from './machine';
import { checkTranslation, requestMachineDraft, saveTranslation, translationCounts } from './store';

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);

function spanishItem() {
  const db = database.db();
  const input = recommendationInput({
    language: 'es',
    title: 'Ventanilla única digital para pymes exportadoras',
    body: 'Crear una ventanilla única digital binacional para que las pymes exportadoras tramiten permisos en un solo lugar.',
  });
  const { ref } = db.transaction((tx) => createRecommendation(tx, people.industry!, input, { now: new Date(Date.now() - 3 * 86_400_000) }));
  return db.select().from(recommendations).where(eq(recommendations.ref, ref)).get()!;
}

const publicRow = (ref: string) => database.db().select().from(publicRecommendations).where(eq(publicRecommendations.ref, ref)).get()!;
const needing = (ref: string) =>
  listQueue(people['coordinator.mx']!, parseQueueFilters({ translation: 'needed', q: ref }), 'en').items.map((i) => i.ref);
const version = (ref: string) => database.db().select().from(recommendations).where(eq(recommendations.ref, ref)).get()!.version;
const english = { locale: 'en' as const, title: 'Single digital window for small exporters', body: 'Create a binational single window.' };

describe('translation states', () => {
  it('a Spanish item is missing in English, needs a translation, and reads "unchecked" then "checked" with who and when', () => {
    const item = spanishItem();
    const mx = people['coordinator.mx']!;
    const countsBefore = translationCounts(mx);
    expect(textState(publicRow(item.ref), 'en')).toBe('missing');
    expect(textState(publicRow(item.ref), 'es')).toBe('original');
    expect(needing(item.ref)).toEqual([item.ref]);

    saveTranslation(mx, { ref: item.ref, version: item.version, ...english, check: false });
    expect(textState(publicRow(item.ref), 'en')).toBe('unchecked');
    expect(needing(item.ref)).toEqual([item.ref]);

    checkTranslation(mx, { ref: item.ref, version: version(item.ref), locale: 'en' });
    const row = publicRow(item.ref);
    expect(textState(row, 'en')).toBe('checked');
    expect(row.translationCheckedAt).toBeInstanceOf(Date);
    const stored = database
      .db()
      .select()
      .from(recommendationTranslations)
      .where(eq(recommendationTranslations.recommendationId, item.id))
      .get()!;
    expect(stored).toMatchObject({ humanChecked: true, checkedBy: mx.id, origin: 'person', updatedBy: mx.id });
    expect(needing(item.ref)).toEqual([]);
    expect(translationCounts(mx).en).toBe(countsBefore.en - 1);
    const audit = database
      .db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.objectType, 'recommendation'), eq(auditEvents.objectId, item.ref)))
      .all();
    expect(audit.map((a) => a.action)).toEqual(['translation.save', 'translation.check']);
  });

  it('an edit after the check makes the translation unchecked again, until someone vouches for it', () => {
    const item = spanishItem();
    const mx = people['coordinator.mx']!;
    saveTranslation(mx, { ref: item.ref, version: item.version, ...english, check: true });
    expect(textState(publicRow(item.ref), 'en')).toBe('checked');
    saveTranslation(mx, { ref: item.ref, version: version(item.ref), ...english, title: 'Single window for exporters', check: false });
    expect(textState(publicRow(item.ref), 'en')).toBe('unchecked');
    expect(publicRow(item.ref).translationCheckedAt).toBeNull();
  });

  it('refuses a translation into the original language, a stale version and a check of nothing, changing nothing', () => {
    const item = spanishItem();
    const mx = people['coordinator.mx']!;
    expect(() => saveTranslation(mx, { ref: item.ref, version: item.version, ...english, locale: 'es', check: true })).toThrow(
      'translationSameLanguage',
    );
    expect(() => checkTranslation(mx, { ref: item.ref, version: item.version, locale: 'en' })).toThrow('noTranslation');
    expect(() => saveTranslation(mx, { ref: item.ref, version: item.version + 5, ...english, check: true })).toThrow('conflict');
    expect(version(item.ref)).toBe(item.version);
    expect(textState(publicRow(item.ref), 'en')).toBe('missing');
  });

  it('stores a machine draft as a machine draft, never checked, and never over a checked translation', async () => {
    const item = spanishItem();
    const mx = people['coordinator.mx']!;
    const calls: string[][] = [];
    const translator: MachineTranslator = async (texts, source, target) => {
      calls.push([source, target, ...texts]);
      return texts.map((text) => `[en] ${text}`);
    };
    await requestMachineDraft(mx, { ref: item.ref, version: item.version, locale: 'en' }, translator);
    expect(calls).toEqual([['es', 'en', item.title, item.body]]);
    const row = publicRow(item.ref);
    expect(textState(row, 'en')).toBe('machine');
    expect(row).toMatchObject({ translationTitle: `[en] ${item.title}`, translationOrigin: 'machine', translationHumanChecked: false });
    expect(needing(item.ref)).toEqual([item.ref]);

    // A person checks it: now it is a checked translation, whoever wrote the words.
    checkTranslation(mx, { ref: item.ref, version: version(item.ref), locale: 'en' });
    expect(textState(publicRow(item.ref), 'en')).toBe('checked');
    await expect(requestMachineDraft(mx, { ref: item.ref, version: version(item.ref), locale: 'en' }, translator)).rejects.toThrow(
      'translationAlreadyChecked',
    );
    expect(calls).toHaveLength(1);
  });

  it('without a configured service, refuses a draft after the scope check and sends nothing', async () => {
    const item = spanishItem();
    await expect(
      requestMachineDraft(people['coordinator.mx']!, { ref: item.ref, version: item.version, locale: 'en' }, null),
    ).rejects.toThrow('machineTranslationOff');
    expect(textState(publicRow(item.ref), 'en')).toBe('missing');
  });
});
