/**
 * Input received in a meeting or by letter, recorded by a coordinator for an organization: who may record
 * it, for which calls, how the answer is marked, and what the public sees of the organization.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents, callAnswers, pillars, publicRecommendations, recommendationRounds, recommendations } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import type { CurrentUser } from '@/lib/auth/current-user';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertUser } from '@/test/users';
import { createCall, moveCall } from './manage-calls';
import { roundsTrail } from './read';
import { recordReceivedAnswer } from './record-answer';
import { callSchema, recordAnswerSchema } from './schema';

vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }));

const database = useTemporaryGlobalDatabase();
const PILLAR = 'building-back-together';
const OPEN = 'recorded-open-call';
const DRAFT = 'recorded-draft-call';
const NOW = new Date('2026-12-01T12:00:00Z');
let coordinator: CurrentUser;
let otherCoordinator: CurrentUser;

const input = (fields: Record<string, unknown> = {}) =>
  recordAnswerSchema.parse({
    call: OPEN,
    title: 'Horarios compartidos de inspección',
    body: 'La cámara pidió en la reunión de Monterrey horarios de inspección compartidos en los cruces de carga.',
    language: 'es',
    pillar: PILLAR,
    question: '',
    organization: 'Cámara de Comercio de Monterrey',
    sector: 'private_sector',
    country: 'mx',
    consent: 'name_and_organization',
    channel: 'meeting',
    receivedOn: '2026-11-30',
    ...fields,
  });

const call = (slug: string) =>
  callSchema.parse({
    slug,
    meeting: '2024-04-19-mid-year-review',
    titleEn: 'Border crossings to improve next',
    titleEs: 'Cruces fronterizos por mejorar',
    introEn: 'Tell the governments which crossings to improve next.',
    introEs: 'Diga a los gobiernos qué cruces mejorar después.',
    pillars: [PILLAR],
    questions: [],
    closesAt: '2036-12-20T18:00',
  });

beforeAll(async () => {
  const db = database.db();
  await seedDemoData(db);
  const admin = insertUser(db, { role: 'admin', allPillars: true });
  const pillarId = db.select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, PILLAR)).get()!.id;
  const other = db
    .select({ id: pillars.id })
    .from(pillars)
    .where(eq(pillars.number, pillarId === 1 ? 2 : 1))
    .get()!.id;
  coordinator = { ...insertUser(db, { role: 'coordinator', government: 'mx' }), pillarIds: [pillarId] };
  otherCoordinator = { ...insertUser(db, { role: 'coordinator', government: 'us' }), pillarIds: [other] };
  createCall(admin, call(OPEN), NOW);
  await moveCall(admin, OPEN, 'open', NOW);
  createCall(admin, call(DRAFT), NOW);
});

const byRef = (ref: string) => database.db().select().from(recommendations).where(eq(recommendations.ref, ref)).get()!;

describe('recording input received in a meeting or by letter', () => {
  it('creates the recommendation without a submitter, marked with the channel and the recorder, raised in the call', () => {
    const { ref } = recordReceivedAnswer(coordinator, input({ channel: 'letter' }), NOW);
    const row = byRef(ref);
    expect(row).toMatchObject({ submitterId: null, organization: 'Cámara de Comercio de Monterrey', status: 'received' });
    const db = database.db();
    expect(db.select().from(callAnswers).where(eq(callAnswers.recommendationId, row.id)).get()).toMatchObject({
      channel: 'letter',
      recordedBy: coordinator.id,
    });
    expect(roundsTrail(row.id)).toMatchObject([{ role: 'raised', callSlug: OPEN, channel: 'letter' }]);
    expect(db.select().from(recommendationRounds).where(eq(recommendationRounds.recommendationId, row.id)).get()?.at).toEqual(
      new Date('2026-11-30T18:00:00Z'),
    );
    expect(
      db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.objectId, String(row.id)))
        .all(),
    ).toContainEqual(expect.objectContaining({ action: 'call.answer_recorded', actorId: coordinator.id }));
  });

  it('refuses a coordinator outside the pillar, as if the call did not exist, and stores nothing', () => {
    const before = database.db().select().from(recommendations).all().length;
    expect(() => recordReceivedAnswer(otherCoordinator, input({ title: 'Fuera de mis pilares, no se guarda' }), NOW)).toThrow(
      expect.objectContaining({ code: 'notFound' }),
    );
    expect(database.db().select().from(recommendations).all()).toHaveLength(before);
  });

  it('refuses a draft call, and a date received that has not come yet', () => {
    expect(() => recordReceivedAnswer(coordinator, input({ call: DRAFT }), NOW)).toThrow(expect.objectContaining({ code: 'callNotFound' }));
    expect(() => recordReceivedAnswer(coordinator, input({ receivedOn: '2026-12-02' }), NOW)).toThrow(
      expect.objectContaining({ code: 'receivedInFuture' }),
    );
  });

  it('publishes the organization only with the consent to publish it', () => {
    const named = byRef(recordReceivedAnswer(coordinator, input({ title: 'Con el nombre de la organización' }), NOW).ref);
    const unnamed = byRef(
      recordReceivedAnswer(coordinator, input({ title: 'Sin el nombre de la organización', consent: 'without_name' }), NOW).ref,
    );
    const view = (id: number) => database.db().select().from(publicRecommendations).where(eq(publicRecommendations.id, id)).get();
    expect(view(named.id)).toMatchObject({ organization: 'Cámara de Comercio de Monterrey', submitterName: null });
    expect(view(unnamed.id)?.organization).toBeNull();
    expect(view(unnamed.id)?.title).toBe('Sin el nombre de la organización');
  });
});
