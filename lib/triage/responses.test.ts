/**
 * What a response in one language means for the other language's readers, where an administrator has
 * turned off the site setting that asks for both (lib/translations/response-languages.test.ts): each
 * language is stored as written, and readers of a language left empty get the other text marked as
 * not yet translated, on the page's data, in the API, in the feed and in the submitter's e-mail; never
 * the response of an earlier status. And a bilateral confirmation names both governments (item 3).
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { historyEvents, outbox, recommendations } from '@/db/schema';
import { updateSiteSettings } from '@/lib/admin/settings';
import { shownTo } from '@/lib/i18n/written-text';
import { atomFeed } from '@/lib/public/api/atom';
import { recommendationDetailResource } from '@/lib/public/api/resources';
import { getPublicRecommendation } from '@/lib/public/recommendation';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { recommendationInput, useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { changeStatus, confirmStatus } from './change-status';
import { linkRecommendationToInitiative } from './links';

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);
let sequence = 0;

const current = (ref: string) => database.db().select().from(recommendations).where(eq(recommendations.ref, ref)).get()!;

/** An accepted recommendation of the (English-speaking) industry account, with a bilingual response. */
async function accepted(responseEn: string, responseEs: string) {
  sequence += 1;
  const input = recommendationInput({ title: `Hourly crossing times ${sequence}`, sector: 'private_sector', country: 'us' });
  const db = database.db();
  const { ref } = db.transaction((tx) => createRecommendation(tx, people['industry']!, input, { now: new Date(Date.now() - 86_400_000) }));
  const us = people['coordinator.us']!;
  await linkRecommendationToInitiative(us, {
    ref,
    version: current(ref).version,
    initiative: 'semiconductor-supply-chains',
    explanationEn: 'It covers crossings.',
  });
  await changeStatus(us, { ref, version: current(ref).version, to: 'accepted', responseEn, responseEs });
  return ref;
}

describe('a response written in one language only', () => {
  it('reaches English readers as the Spanish text, marked, and never as the earlier English response', async () => {
    const ref = await accepted('Both governments take this up.', 'Ambos gobiernos la retoman.');
    const inProgress = {
      ref,
      version: current(ref).version,
      to: 'in_progress',
      responseEn: '',
      responseEs: 'La medición comenzó en Nogales.',
    } as const;
    await expect(changeStatus(people['coordinator.us']!, inProgress)).rejects.toThrow('responseNeedsBothLanguages');
    updateSiteSettings(people.admin!, { bilateralConfirmation: true, responsesInBothLanguages: false });
    try {
      await changeStatus(people['coordinator.us']!, inProgress);
    } finally {
      updateSiteSettings(people.admin!, { bilateralConfirmation: true, responsesInBothLanguages: true });
    }

    const event = getPublicRecommendation(ref)!.timeline.findLast((e) => e.toStatus === 'in_progress')!;
    expect(event).toMatchObject({ responseEn: null, responseEs: 'La medición comenzó en Nogales.' });
    expect(shownTo('en', { en: event.responseEn, es: event.responseEs })).toEqual({
      text: 'La medición comenzó en Nogales.',
      lang: 'es',
      onlyIn: 'es',
    });

    const api = recommendationDetailResource(getPublicRecommendation(ref)!).timeline.findLast((e) => e.to_status === 'in_progress')!;
    expect(api.response).toEqual({ en: null, es: 'La medición comenzó en Nogales.' });
    expect(api.response_languages).toEqual(['es']);

    const mail = database.db().select().from(outbox).where(eq(outbox.userId, people['industry']!.id)).all().at(-1)!;
    expect(mail.bodyText).toContain('Its status is now: In progress.');
    expect(mail.bodyText).toContain('Response available in Spanish only: not yet translated.\nLa medición comenzó en Nogales.');
    expect(mail.bodyText).not.toContain('Both governments take this up.');

    const feed = atomFeed('en');
    const entry = feed.split('<entry>').find((e) => e.includes(ref) && e.includes('in_progress'))!;
    expect(entry).toContain(
      'Response available in Spanish only: not yet translated. <span xml:lang="es">La medición comenzó en Nogales.</span>',
    );
    expect(entry).not.toContain('Both governments take this up.');
  });

  it('refuses a response that repeats, word for word, the one published with the previous status', async () => {
    const ref = await accepted('Both governments take this up.', 'Ambos gobiernos la retoman.');
    const before = current(ref);
    await expect(
      changeStatus(people['coordinator.us']!, {
        ref,
        version: before.version,
        to: 'in_progress',
        responseEn: ' Both governments take this up. ',
        responseEs: 'Comenzó.',
      }),
    ).rejects.toThrow('repeatedResponse');
    expect(current(ref)).toMatchObject({ status: 'accepted', version: before.version });
  });
});

describe('a bilateral confirmation on the public record', () => {
  it('names the government that marked it and the one that confirmed it', async () => {
    const ref = await accepted('Taken up.', 'Se retoma.');
    await changeStatus(people['coordinator.us']!, {
      ref,
      version: current(ref).version,
      to: 'implemented',
      responseEn: 'The directory was published.',
      responseEs: 'Se publicó el directorio.',
    });
    await confirmStatus(people['coordinator.mx']!, ref, current(ref).version);
    const item = getPublicRecommendation(ref)!;
    expect(item.confirmation).toMatchObject({ status: 'implemented', markedBy: 'us', confirmedBy: 'mx' });
    const confirmed = item.timeline.find((e) => e.kind === 'status_confirmed')!;
    expect(confirmed).toMatchObject({
      responseEn: 'The directory was published.',
      responseEs: 'Se publicó el directorio.',
      details: { markedBy: 'us', confirmedBy: 'mx' },
    });
    expect(recommendationDetailResource(item).timeline.find((e) => e.kind === 'status_confirmed')!.details).toEqual({
      marked_by: 'us',
      confirmed_by: 'mx',
    });
    const proposal = database
      .db()
      .select()
      .from(historyEvents)
      .where(eq(historyEvents.recommendationId, item.id))
      .all()
      .find((e) => e.kind === 'status_changed' && !e.isPublic);
    expect(proposal?.details).toMatchObject({ government: 'us' });
  });
});
