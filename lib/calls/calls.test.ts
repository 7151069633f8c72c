/**
 * Calls for input end to end below the pages: the deadline at its boundary (an injected clock, no waiting),
 * reaffirming, the open data of calls and what it must never show.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as callGet } from '@/app/api/v1/calls/[slug]/route';
import { GET as callsGet } from '@/app/api/v1/calls/route';
import { callAnswers, outbox, pillarSubscriptions, pillars, recommendationRounds, recommendations } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { submitRecommendation } from '@/lib/recommendations/submit-recommendation';
import { recommendationSchema } from '@/lib/recommendations/schema';
import { callJson } from '@/lib/public/api/test-helpers';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertUser } from '@/test/users';
import { createCall, moveCall } from './manage-calls';
import { reaffirmRecommendation } from './reaffirm';
import { callSchema } from './schema';
import { describeUnsubscribe, unsubscribe } from './subscriptions';
import { readUnsubscribeToken } from './unsubscribe-token';

vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }));

const database = useTemporaryGlobalDatabase();
const PILLAR = 'building-back-together';
const SLUG = 'unit-call';
let closesAt: Date;

const answer = (consent: 'without_name' | 'confidential', title: string) =>
  recommendationSchema.parse({
    title,
    body: 'Map the medical device supply chain with open data by state and by border crossing.',
    pillar: PILLAR,
    topics: '',
    sector: 'academia',
    organization: 'Universidad del Norte',
    organizationIdentifier: '',
    fundingDeclaration: 'none',
    country: 'mx',
    language: 'es',
    consent,
    call: SLUG,
    question: '',
  });

function person(fields: Record<string, unknown> = {}) {
  return insertUser(database.db(), { emailVerifiedAt: new Date(), preferredLocale: 'es', ...fields });
}

beforeAll(async () => {
  const db = database.db();
  await seedDemoData(db);
  const admin = person({ role: 'admin' });
  const subscriber = person({ name: 'Ana Suscrita' });
  const pillarId = db.select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, PILLAR)).get()!.id;
  db.insert(pillarSubscriptions).values({ userId: subscriber.id, pillarId }).run();
  const now = new Date('2026-12-01T12:00:00Z');
  createCall(
    admin,
    callSchema.parse({
      slug: SLUG,
      meeting: '2024-04-19-mid-year-review',
      titleEn: 'Supply chains to map next',
      titleEs: 'Cadenas de suministro por mapear',
      introEn: 'Tell the governments which supply chains to map next.',
      introEs: 'Diga a los gobiernos qué cadenas mapear después.',
      pillars: [PILLAR],
      questions: [{ pillar: PILLAR, textEn: 'Which chain next?', textEs: '¿Qué cadena sigue?' }],
      closesAt: '2036-12-20T18:00',
    }),
    now,
  );
  await moveCall(admin, SLUG, 'open', now);
  closesAt = new Date('2036-12-21T00:00:00Z');
});

describe('the deadline, decided by the server at the moment of writing', () => {
  it('accepts an answer one millisecond before the closing moment, with its raised round', async () => {
    const author = person();
    const result = await submitRecommendation(
      author,
      answer('without_name', 'Mapear dispositivos médicos'),
      new Date(closesAt.getTime() - 1),
    );
    expect(result.ok).toBe(true);
    const row = database.db().select().from(recommendations).where(eq(recommendations.submitterId, author.id)).get()!;
    expect(database.db().select().from(callAnswers).where(eq(callAnswers.recommendationId, row.id)).get()?.channel).toBe('form');
    expect(database.db().select().from(recommendationRounds).where(eq(recommendationRounds.recommendationId, row.id)).all()).toMatchObject([
      { role: 'raised' },
    ]);
  });

  it('refuses at the closing moment itself, says when, and stores nothing', async () => {
    const author = person();
    const result = await submitRecommendation(author, answer('without_name', 'Una respuesta que llega tarde'), closesAt);
    expect(result).toMatchObject({ ok: false, reason: 'call', refusal: { reason: 'callClosed', closedAt: closesAt } });
    expect(database.db().select().from(recommendations).where(eq(recommendations.submitterId, author.id)).all()).toEqual([]);
  });

  it('e-mailed the subscriber in Spanish when the call opened, with one-click unsubscribe headers and a working link', () => {
    const mail = database
      .db()
      .select()
      .from(outbox)
      .where(eq(outbox.subject, 'Convocatoria abierta: Cadenas de suministro por mapear'))
      .get();
    expect(mail?.bodyText).toContain('/es/calls/unit-call');
    const token = /unsubscribe\?token=([^\s]+)/.exec(mail!.bodyText)![1]!;
    expect(readUnsubscribeToken(decodeURIComponent(token))).not.toBeNull();
    expect(describeUnsubscribe(decodeURIComponent(token)).ok).toBe(true);
    expect(unsubscribe(decodeURIComponent(token)).ok).toBe(true);
    expect(unsubscribe(decodeURIComponent(token))).toEqual({ ok: false, reason: 'used' });
    expect(unsubscribe(`${decodeURIComponent(token)}x`)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('reaffirming into an open call', () => {
  it('writes a reaffirmed round once, for the owner only', async () => {
    const owner = person();
    const older = await submitRecommendation(
      owner,
      { ...answer('without_name', 'Una recomendación anterior'), call: '' },
      new Date('2026-11-01T00:00:00Z'),
    );
    if (!older.ok) throw new Error('fixture');
    const now = new Date('2026-12-02T00:00:00Z');
    expect(() => reaffirmRecommendation(person().id, { ref: older.ref, call: SLUG, note: '' }, now)).toThrow('notFound');
    expect(reaffirmRecommendation(owner.id, { ref: older.ref, call: SLUG, note: 'Sigue vigente.' }, now)).toEqual({ call: SLUG });
    expect(() => reaffirmRecommendation(owner.id, { ref: older.ref, call: SLUG, note: '' }, now)).toThrow('alreadyInCall');
    expect(() => reaffirmRecommendation(owner.id, { ref: older.ref, call: SLUG, note: '' }, closesAt)).toThrow(/^callClosed/);
  });
});

describe('GET /api/v1/calls and /api/v1/calls/{slug}', () => {
  it('lists the public calls, never a draft', async () => {
    const admin = person({ role: 'admin' });
    createCall(
      admin,
      callSchema.parse({
        slug: 'unit-draft',
        meeting: '2024-04-19-mid-year-review',
        titleEn: 'A draft call',
        titleEs: 'Una convocatoria en borrador',
        introEn: 'Not ready for anyone to read yet.',
        introEs: 'Aún no está lista para nadie.',
        pillars: [PILLAR],
        questions: [],
        closesAt: '2030-01-01T10:00',
      }),
    );
    const { status, body } = await callJson(callsGet, '/api/v1/calls');
    expect(status).toBe(200);
    const slugs = body.data.map((c: { slug: string }) => c.slug);
    expect(slugs).toContain(SLUG);
    expect(slugs).toContain('sample-call-mid-year-review');
    expect(slugs).not.toContain('unit-draft');
    expect((await callJson(callGet, '/api/v1/calls/unit-draft', { slug: 'unit-draft' })).status).toBe(404);
    expect((await callJson(callGet, '/api/v1/calls/nothing', { slug: 'nothing' })).status).toBe(404);
  });

  it('counts answers by sector and country as consent allows, and never shows a confidential one or anyone’s contact', async () => {
    const author = person({ email: 'private.person@example.org' });
    const hidden = await submitRecommendation(
      author,
      answer('confidential', 'Una respuesta confidencial'),
      new Date('2026-12-03T00:00:00Z'),
    );
    if (!hidden.ok) throw new Error('fixture');
    const { status, body } = await callJson(callGet, `/api/v1/calls/${SLUG}`, { slug: SLUG });
    expect(status).toBe(200);
    const { data } = body;
    expect(data.state).toBe('open');
    expect(data.closes_at).toBe('2036-12-21T00:00:00.000Z');
    expect(data.questions).toHaveLength(1);
    expect(data.answers.total).toBe(2); // the answer before the deadline and the reaffirmed item
    expect(data.answers.by_sector).toEqual({ academia: 2 });
    expect(data.answers.by_country).toEqual({ mx: 2 });
    const text = JSON.stringify(body);
    expect(text).not.toContain(hidden.ref);
    expect(text).not.toContain('private.person@example.org');
    expect(text).not.toContain('Universidad del Norte');
    expect(text).not.toContain('Sigue vigente');
  });
});

describe('the reminder before closing', () => {
  it('goes once, to each subscriber, in the last three days', async () => {
    const { sendClosingReminders } = await import('./reminders');
    const subscriber = person({ name: 'Recordada' });
    const pillarId = database.db().select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, PILLAR)).get()!.id;
    database.db().insert(pillarSubscriptions).values({ userId: subscriber.id, pillarId }).run();
    expect(await sendClosingReminders(new Date(closesAt.getTime() - 4 * 86_400_000))).toBe(0);
    expect(await sendClosingReminders(new Date(closesAt.getTime() - 2 * 86_400_000))).toBeGreaterThan(0);
    expect(await sendClosingReminders(new Date(closesAt.getTime() - 86_400_000))).toBe(0);
    const mail = database.db().select().from(outbox).where(eq(outbox.userId, subscriber.id)).all();
    expect(mail.map((m) => m.subject)).toEqual(['Cierra pronto: Cadenas de suministro por mapear']);
  });
});
