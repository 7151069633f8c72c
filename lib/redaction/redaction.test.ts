/**
 * Redaction: a withheld passage disappears from everything public (the view every page, export, feed and
 * API reads, and the search index), stays in the original for the submitter and the coordinators, is
 * logged publicly with its reason, tells the submitter, and can be lifted with history.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { historyEvents, outbox, publicRecommendations, recommendations } from '@/db/schema';
import { editOwnRecommendation } from '@/lib/recommendations/change-own-recommendation';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { recommendationInput, useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { applyRedactions } from './apply';
import { liftRedaction, redactPassage } from './redact';
import { redactSchema } from './schemas';
import { listRedactions } from './read';

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);
const NAME = 'Rigoberta Castañeda';
const BODY = `Open joint inspection lanes at the crossings. The customs broker ${NAME} told us the wait is nine hours.`;

function newItem() {
  const db = database.db();
  const created = db.transaction((tx) =>
    createRecommendation(tx, people.stakeholder!, recommendationInput({ body: BODY, topics: `border, ${NAME}` }), {
      now: new Date(Date.now() - 3 * 86_400_000),
    }),
  );
  return db.select().from(recommendations).where(eq(recommendations.ref, created.ref)).get()!;
}
const publicRow = (id: number) => database.db().select().from(publicRecommendations).where(eq(publicRecommendations.id, id)).get()!;
const searchHits = (word: string, id: number) =>
  database
    .db()
    .$client.prepare('select count(*) from public_search where public_search match ? and rowid = ?')
    .pluck()
    .get(`"${word}"`, id);

describe('applyRedactions', () => {
  it('replaces every occurrence, longest passage first, with the reason in the text’s language', () => {
    const passages = [
      { passage: 'Ana', reason: 'defamation' as const, reasonText: null },
      { passage: 'Ana Ruiz', reason: 'third_party_personal_data' as const, reasonText: null },
    ];
    expect(applyRedactions('Ana Ruiz said so; Ana agreed.', passages, 'en')).toBe(
      '[redacted: personal data of a third party] said so; [redacted: defamation] agreed.',
    );
    expect(applyRedactions('Dijo Ana.', [{ passage: 'Ana', reason: 'other', reasonText: 'orden judicial' }], 'es')).toBe(
      'Dijo [testado: orden judicial].',
    );
  });
});

describe('redacting a passage', () => {
  it('removes it from the view and the search index, keeps the original, logs it publicly and tells the submitter', async () => {
    const item = newItem();
    expect(searchHits('Castañeda', item.id)).toBe(1);
    const coordinator = people['coordinator.us']!;
    await redactPassage(
      coordinator,
      redactSchema.parse({ ref: item.ref, field: 'body', passage: NAME, reason: 'third_party_personal_data' }),
    );
    const shown = publicRow(item.id);
    expect(shown.body).not.toContain(NAME);
    expect(shown.body).toContain('[redacted: personal data of a third party]');
    expect(searchHits('Castañeda', item.id)).toBe(0);
    expect(searchHits('broker', item.id)).toBe(1);
    // The topics are a separate text: the name is still public there until it is redacted there too.
    expect(shown.topics).toContain(NAME);
    await redactPassage(
      coordinator,
      redactSchema.parse({ ref: item.ref, field: 'topics', passage: NAME, reason: 'third_party_personal_data' }),
    );
    expect(publicRow(item.id).topics).toEqual(['border', '[redacted: personal data of a third party]']);

    const original = database.db().select().from(recommendations).where(eq(recommendations.id, item.id)).get()!;
    expect(original.body).toBe(BODY);
    const events = database.db().select().from(historyEvents).where(eq(historyEvents.recommendationId, item.id)).all();
    const logged = events.filter((e) => e.kind === 'redacted');
    expect(logged).toHaveLength(2);
    expect(logged.every((e) => e.isPublic && !JSON.stringify(e).includes(NAME))).toBe(true);
    const mail = database.db().select().from(outbox).where(eq(outbox.userId, people.stakeholder!.id)).all();
    expect(mail.some((m) => m.subject.includes(item.ref) && /withheld|testó/.test(m.subject))).toBe(true);
  });

  it('keeps a passage withheld through the submitter’s edit, and releases it when lifted, with history', async () => {
    const item = newItem();
    const coordinator = people['coordinator.mx']!;
    await redactPassage(coordinator, redactSchema.parse({ ref: item.ref, field: 'body', passage: NAME, reason: 'defamation' }));
    const version = database.db().select().from(recommendations).where(eq(recommendations.id, item.id)).get()!.version;
    expect(
      editOwnRecommendation(people.stakeholder!.id, item.ref, version, recommendationInput({ body: `${BODY} Again, ${NAME}.` })),
    ).toMatchObject({
      ok: true,
    });
    expect(publicRow(item.id).body).not.toContain(NAME);
    const [redaction] = listRedactions(item.id);
    await liftRedaction(coordinator, { ref: item.ref, redactionId: redaction!.id, reason: 'The court order expired.' });
    expect(publicRow(item.id).body).toContain(NAME);
    expect(searchHits('Castañeda', item.id)).toBe(1);
    expect(listRedactions(item.id)[0]).toMatchObject({ liftedBy: coordinator.id, liftReason: 'The court order expired.' });
  });

  it('refuses a passage that is not in the chosen text, and a coordinator outside the item’s pillar', async () => {
    const item = newItem();
    await expect(
      redactPassage(people['coordinator.us']!, redactSchema.parse({ ref: item.ref, field: 'title', passage: NAME, reason: 'security' })),
    ).rejects.toThrow('passageNotFound');
    await expect(
      redactPassage(
        people['coordinator.pillar4']!,
        redactSchema.parse({ ref: item.ref, field: 'body', passage: NAME, reason: 'security' }),
      ),
    ).rejects.toThrow('notFound');
    expect(redactSchema.safeParse({ ref: item.ref, field: 'body', passage: NAME, reason: 'other', reasonText: '' }).success).toBe(false);
  });
});
