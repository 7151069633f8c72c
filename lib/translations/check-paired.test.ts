import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, initiatives, recommendationInitiatives, recommendations, users } from '@/db/schema';
import { loadUser } from '@/lib/auth/current-user';
import { getPublicRecommendation } from '@/lib/public/recommendation';
import { recommendationDetailResource, initiativeDetailResource } from '@/lib/public/api/resources';
import { initiativeRecommendations } from '@/lib/public/api/record';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { getInitiative } from '@/lib/record/initiatives';
import { Refusal } from '@/lib/refusal';
import { changeStatus } from '@/lib/triage/change-status';
import { linkRecommendationToInitiative } from '@/lib/triage/links';
import { recommendationInput, useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { checkPairedTranslation } from './check-paired';
import { pairedState } from './paired';

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);

const current = (ref: string) => database.db().select().from(recommendations).where(eq(recommendations.ref, ref)).get()!;

/** A Spanish item under review with a response written in both languages, and linked to an initiative with an explanation in both. */
async function answeredSpanishItem() {
  const db = database.db();
  const input = recommendationInput({ language: 'es', title: 'Carriles compartidos', body: 'Abrir carriles de inspección conjunta.' });
  const { ref } = db.transaction((tx) => createRecommendation(tx, people.industry!, input, { now: new Date(Date.now() - 3 * 86_400_000) }));
  const mx = people['coordinator.mx']!;
  await changeStatus(mx, {
    ref,
    version: current(ref).version,
    to: 'under_review',
    responseEs: 'La estamos revisando con las aduanas.',
    responseEn: 'We are reviewing it with customs.',
  });
  await linkRecommendationToInitiative(mx, {
    ref,
    version: current(ref).version,
    initiative: 'border-management-customs',
    explanationEs: 'La iniciativa de aduanas trabaja en carriles conjuntos.',
    explanationEn: 'The customs initiative works on joint lanes.',
  });
  return ref;
}

const refused = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error instanceof Refusal ? error.code : String(error);
  }
  return null;
};

describe('checking the translation of a text written in both languages', () => {
  it('reads the presumed original as original and the other language as unchecked, then checked with the date', () => {
    const written = { en: 'Text', es: 'Texto' };
    expect(pairedState(written, 'es', 'es', null).state).toBe('original');
    expect(pairedState(written, 'en', 'es', null).state).toBe('unchecked');
    const checkedAt = new Date('2026-11-30T12:00:00Z');
    expect(pairedState(written, 'en', 'es', { originalLocale: 'es', checkedAt })).toEqual({ state: 'checked', checkedAt });
    // The checker's word on which language is the original wins over the presumption.
    expect(pairedState(written, 'es', 'es', { originalLocale: 'en', checkedAt }).state).toBe('checked');
    expect(pairedState({ en: null, es: 'Texto' }, 'en', 'es', null).state).toBe('missing');
    expect(pairedState({ en: null, es: 'Texto' }, 'es', 'en', null).state).toBe('original');
  });

  it('a checked response and link explanation show as checked on the page data and in the API, and are audited', async () => {
    const ref = await answeredSpanishItem();
    const mx = people['coordinator.mx']!;
    let page = getPublicRecommendation(ref)!;
    const response = page.timeline.find((e) => e.kind === 'status_changed' && e.responseEs)!;
    expect(response.check).toBeNull();
    expect(recommendationDetailResource(page).timeline.find((e) => e.kind === 'status_changed')!.response_translation).toEqual({
      original: 'es',
      language: 'en',
      state: 'unchecked',
      checked_at: null,
    });

    checkPairedTranslation(mx, { text: 'response', ref, event: response.id, originalLocale: 'es' });
    checkPairedTranslation(mx, { text: 'explanation', ref, initiative: 'border-management-customs', originalLocale: 'es' });

    page = getPublicRecommendation(ref)!;
    const api = recommendationDetailResource(page);
    expect(api.timeline.find((e) => e.kind === 'status_changed')!.response_translation).toMatchObject({ state: 'checked', language: 'en' });
    expect(api.links[0]!.explanation_translation).toMatchObject({ original: 'es', language: 'en', state: 'checked' });
    // The link's event in the timeline carries the same words and is checked with it.
    expect(api.timeline.find((e) => e.kind === 'linked')!.response_translation).toMatchObject({ state: 'checked' });
    expect(
      pairedState({ en: page.links[0]!.explanationEn, es: page.links[0]!.explanationEs }, 'en', 'es', page.links[0]!.check).state,
    ).toBe('checked');
    // The initiative's page and API say the same of the explanation.
    const linked = initiativeRecommendations('border-management-customs').find((l) => l.item.ref === ref)!;
    expect(linked.check).not.toBeNull();
    const onInitiative = initiativeDetailResource(getInitiative('border-management-customs')!, [linked]);
    expect(onInitiative.recommendations[0]!.link_explanation_translation).toMatchObject({ state: 'checked' });

    const audit = database
      .db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'translation.check'), eq(auditEvents.objectId, ref)))
      .all();
    expect(audit.map((a) => a.details)).toEqual([
      expect.objectContaining({ text: 'response', original: 'es' }),
      expect.objectContaining({ text: 'explanation', original: 'es' }),
    ]);
  });

  it('an edit to either language makes the translation unchecked again', async () => {
    const ref = await answeredSpanishItem();
    checkPairedTranslation(people['coordinator.mx']!, {
      text: 'explanation',
      ref,
      initiative: 'border-management-customs',
      originalLocale: 'es',
    });
    expect(getPublicRecommendation(ref)!.links[0]!.check).not.toBeNull();
    const initiativeId = database.db().select().from(initiatives).where(eq(initiatives.slug, 'border-management-customs')).get()!.id;
    database
      .db()
      .update(recommendationInitiatives)
      .set({ explanationEn: 'The customs initiative works on joint inspection lanes.' })
      .where(and(eq(recommendationInitiatives.recommendationId, current(ref).id), eq(recommendationInitiatives.initiativeId, initiativeId)))
      .run();
    expect(getPublicRecommendation(ref)!.links[0]!.check).toBeNull();
  });

  it('a record text is presumed translated from English, and a check shows with its date', () => {
    const before = getInitiative('workforce-development')!;
    expect(before.descriptionCheck).toBeNull();
    const detail = (found: typeof before) => initiativeDetailResource(found, []);
    expect(detail(before).description_translation).toEqual({ original: 'en', language: 'es', state: 'unchecked', checked_at: null });
    const update = before.progress[0]!;
    expect(update.check).toBeNull();

    checkPairedTranslation(people['coordinator.us']!, {
      text: 'initiative_description',
      initiative: 'workforce-development',
      originalLocale: 'en',
    });
    checkPairedTranslation(people['coordinator.us']!, {
      text: 'progress_update',
      initiative: 'workforce-development',
      progress: update.id,
      originalLocale: 'en',
    });
    const after = getInitiative('workforce-development')!;
    expect(detail(after).description_translation).toMatchObject({ state: 'checked', language: 'es' });
    expect(detail(after).progress.find((p) => p.text.en === update.textEn)!.text_translation).toMatchObject({ state: 'checked' });
    expect(
      pairedState({ en: after.initiative.descriptionEn, es: after.initiative.descriptionEs }, 'es', 'en', after.descriptionCheck).state,
    ).toBe('checked');
  });

  it('is refused outside the coordinator’s pillars, for a text in one language, and for an unknown event', async () => {
    const pillar4 = loadUser(
      database.db().select().from(users).where(eq(users.email, 'coordinator.pillar4@hled.example')).get()!.id,
      null,
    )!;
    // Pillar I: out of this coordinator's scope, so it reads as not found.
    expect(
      refused(() => checkPairedTranslation(pillar4, { text: 'initiative_description', initiative: 'supply-chains', originalLocale: 'en' })),
    ).toBe('notFound');
    const ref = await answeredSpanishItem();
    expect(refused(() => checkPairedTranslation(pillar4, { text: 'public_summary', ref, originalLocale: 'es' }))).toBe('notFound');
    expect(
      refused(() => checkPairedTranslation(people['coordinator.mx']!, { text: 'response', ref, event: 999_999, originalLocale: 'es' })),
    ).toBe('notFound');

    const db = database.db();
    const input = recommendationInput({ language: 'en' });
    const { ref: oneLanguage } = db.transaction((tx) =>
      createRecommendation(tx, people.industry!, input, { now: new Date(Date.now() - 3 * 86_400_000) }),
    );
    await linkRecommendationToInitiative(people['coordinator.us']!, {
      ref: oneLanguage,
      version: current(oneLanguage).version,
      initiative: 'border-management-customs',
      explanationEn: 'Only in English.',
    });
    expect(
      refused(() =>
        checkPairedTranslation(people['coordinator.us']!, {
          text: 'explanation',
          ref: oneLanguage,
          initiative: 'border-management-customs',
          originalLocale: 'en',
        }),
      ),
    ).toBe('translationNeedsBothTexts');
  });
});
