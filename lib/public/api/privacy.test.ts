/**
 * Everything the open data serves, fetched whole, must hold nothing private: no contact detail, no
 * identifier, no internal note or reason, nothing of a hidden or confidential item, no withheld or
 * summarised original, and no name the submitter did not agree to publish (docs/product.md, "Consent"; docs/security.md, "Privacy and consent").
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as initiativeGet } from '@/app/api/v1/initiatives/[slug]/route';
import { GET as initiativesGet } from '@/app/api/v1/initiatives/route';
import { GET as meetingGet } from '@/app/api/v1/meetings/[slug]/route';
import { GET as meetingsGet } from '@/app/api/v1/meetings/route';
import { GET as openapiGet } from '@/app/api/v1/openapi.json/route';
import { GET as pillarsGet } from '@/app/api/v1/pillars/route';
import { GET as recommendationGet } from '@/app/api/v1/recommendations/[ref]/route';
import { GET as recommendationsGet } from '@/app/api/v1/recommendations/route';
import { GET as csvGet } from '@/app/api/v1/recommendations.csv/route';
import { GET as feedGet } from '@/app/feed.xml/route';
import { GET as callGet } from '@/app/api/v1/calls/[slug]/route';
import { GET as callsGet } from '@/app/api/v1/calls/route';
import {
  calls,
  governmentPositions,
  historyEvents,
  initiatives,
  internalNotes,
  meetings,
  pillars,
  recommendationInitiatives,
  recommendationRounds,
  recommendations,
  recommendationTranslations,
  users,
} from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { call, callJson, parseCsv, type RouteGet } from './test-helpers';

const database = useTemporaryGlobalDatabase();

/** Words planted in private places; none may come out. */
const SECRETS = [
  'Zebulon Quillfeather',
  'Quillfeather Cooperative',
  'RFC-QUIL-900101',
  'INTERNAL-NOTE-BODY',
  // A submitter's update note when reaffirming into a call stays with them and the coordinators.
  'ROUND-NOTE',
  'INTERNAL-REASON-SECRET',
  'PENDING-RESPONSE-SECRET',
  'DETAIL-REASON-SECRET',
  'HIDDEN-REASON-SECRET',
  'WITHDRAWN-REASON-SECRET',
  'SUMMARY-ORIGINAL',
  'CONFIDENTIAL-',
  'HIDDEN-TITLE',
  'HIDDEN-RESPONSE',
  'WITHHELD-',
  'HLED-2099-0003',
  'HLED-2099-0004',
  '@hled.example',
  '$argon2',
];

type Plant = Partial<typeof recommendations.$inferInsert> & { ref: string; title: string };

function plant(values: Plant): number {
  const db = database.db();
  const pillar = db.select().from(pillars).where(eq(pillars.slug, 'investing-in-our-people')).get()!;
  const submitter = db.select().from(users).where(eq(users.email, 'zq.private@hled.example')).get()!;
  return db
    .insert(recommendations)
    .values({
      pillarId: pillar.id,
      submitterId: submitter.id,
      language: 'en',
      body: `${values.title} body`,
      sector: 'civil_society',
      country: 'mx',
      // Zebulon never agreed to be named: their name may not appear anywhere.
      consent: 'without_name',
      organization: 'Quillfeather Cooperative',
      organizationIdentifier: 'RFC-QUIL-900101-XX1',
      fundingDeclaration: 'us',
      submittedAt: new Date(),
      ...values,
    })
    .returning({ id: recommendations.id })
    .get().id;
}

/** Every way a recommendation reaches a public page: links, rounds, positions, public history. */
function exposeEverywhere(recommendationId: number, word: string) {
  const db = database.db();
  const initiative = db.select().from(initiatives).limit(1).get()!;
  const meeting = db.select().from(meetings).limit(1).get()!;
  db.insert(recommendationInitiatives)
    .values({ recommendationId, initiativeId: initiative.id, explanationEn: `${word}-LINK` })
    .run();
  db.insert(recommendationRounds).values({ recommendationId, meetingId: meeting.id, role: 'reported' }).run();
  // Reaffirmed into the demo's sample call, with the submitter's update note (never public).
  const call = db.select().from(calls).limit(1).get()!;
  db.insert(recommendationRounds)
    .values({ recommendationId, meetingId: call.meetingId, role: 'reaffirmed', callId: call.id, note: `${word}-ROUND-NOTE` })
    .run();
  db.insert(governmentPositions)
    .values({ recommendationId, government: 'us', position: 'supports', noteEn: `${word}-NOTE` })
    .run();
  db.insert(historyEvents)
    .values({
      recommendationId,
      actorRole: 'coordinator',
      kind: 'status_changed',
      fromStatus: 'received',
      toStatus: 'accepted',
      isPublic: true,
      publicResponseEn: `${word}-RESPONSE`,
    })
    .run();
}

beforeAll(async () => {
  const db = database.db();
  await seedDemoData(db);
  db.insert(users)
    .values({
      email: 'zq.private@hled.example',
      name: 'Zebulon Quillfeather',
      organization: 'Quillfeather Cooperative',
      passwordHash: '$argon2id$v=19$fake',
    })
    .run();

  const withoutName = plant({ ref: 'HLED-2099-0001', title: 'Community water boards' });
  db.insert(internalNotes).values({ recommendationId: withoutName, body: 'INTERNAL-NOTE-BODY' }).run();
  db.insert(historyEvents)
    .values({
      recommendationId: withoutName,
      actorRole: 'coordinator',
      kind: 'status_changed',
      fromStatus: 'received',
      toStatus: 'implemented',
      isPublic: false,
      publicResponseEn: 'PENDING-RESPONSE-SECRET',
      internalReason: 'INTERNAL-REASON-SECRET',
    })
    .run();
  db.insert(historyEvents)
    .values({
      recommendationId: withoutName,
      actorRole: 'coordinator',
      kind: 'linked',
      isPublic: true,
      details: { initiative: 'some-initiative', reason: 'DETAIL-REASON-SECRET', assigneeId: 7 },
    })
    .run();

  const summary = plant({
    ref: 'HLED-2099-0002',
    title: 'SUMMARY-ORIGINAL title',
    topics: ['SUMMARY-ORIGINAL-TOPIC'],
    consent: 'summary_only',
    publicSummaryEn: 'Water boards, summarised',
    publicSummaryEs: 'Juntas de agua, resumen',
  });
  db.insert(recommendationTranslations)
    .values({ recommendationId: summary, locale: 'es', title: 'SUMMARY-ORIGINAL traducido', body: 'SUMMARY-ORIGINAL cuerpo' })
    .run();
  exposeEverywhere(summary, 'SUMMARY-PUBLIC');

  exposeEverywhere(plant({ ref: 'HLED-2099-0003', title: 'CONFIDENTIAL-TITLE', consent: 'confidential' }), 'CONFIDENTIAL');
  exposeEverywhere(
    plant({
      ref: 'HLED-2099-0004',
      title: 'HIDDEN-TITLE',
      consent: 'name_and_organization',
      status: 'hidden',
      hiddenReason: 'HIDDEN-REASON-SECRET',
    }),
    'HIDDEN',
  );
  const withheld = plant({
    ref: 'HLED-2099-0005',
    title: 'WITHHELD-TITLE',
    topics: ['WITHHELD-TOPIC'],
    status: 'withdrawn',
    hideTextWhenWithdrawn: true,
    withdrawnReason: 'WITHDRAWN-REASON-SECRET',
  });
  db.insert(recommendationTranslations)
    .values({ recommendationId: withheld, locale: 'es', title: 'WITHHELD-traducido', body: 'WITHHELD-cuerpo' })
    .run();
});

async function text<P extends Record<string, string>>(get: RouteGet<P>, url: string, params = {} as P) {
  const response = await call(get, url, params);
  expect(response.status, url).toBe(200);
  return response.text();
}

/** Everything the open data serves, each page of each list, each item of each list. */
async function everything(): Promise<{ json: string[]; other: string[] }> {
  const json: string[] = [];
  const list = async (get: RouteGet<Record<string, never>>, url: string) => {
    const body = JSON.parse(await text(get, url));
    json.push(JSON.stringify(body));
    for (let page = 2; page <= body.meta.pages; page++) json.push(await text(get, `${url}${url.includes('?') ? '&' : '?'}page=${page}`));
    return body.data as { slug: string; ref: string }[];
  };
  await list(pillarsGet, '/api/v1/pillars');
  for (const { slug } of await list(initiativesGet, '/api/v1/initiatives'))
    json.push(await text(initiativeGet, `/api/v1/initiatives/${slug}`, { slug }));
  for (const { slug } of await list(meetingsGet, '/api/v1/meetings'))
    json.push(await text(meetingGet, `/api/v1/meetings/${slug}`, { slug }));
  for (const { slug } of await list(callsGet, '/api/v1/calls')) json.push(await text(callGet, `/api/v1/calls/${slug}`, { slug }));
  const refs = new Set<string>();
  for (const query of ['', '?q=water', '?q=confidential', '?q=hidden', '?q=withheld', '?q=summary', '?status=withdrawn']) {
    const items = await list(recommendationsGet, `/api/v1/recommendations${query}${query ? '&' : '?'}per_page=100`);
    for (const { ref } of items) refs.add(ref);
  }
  for (const ref of refs) json.push(await text(recommendationGet, `/api/v1/recommendations/${ref}`, { ref }));
  json.push(await text(openapiGet, '/api/v1/openapi.json'));
  const other = [
    await text(csvGet, '/api/v1/recommendations.csv'),
    await text(feedGet, '/feed.xml'),
    await text(feedGet, '/feed.xml?locale=es'),
  ];
  return { json, other };
}

function keys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keys);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...keys(inner)]);
  return [];
}

describe('the open data', () => {
  it('holds nothing private, anywhere', async () => {
    const { json, other } = await everything();
    const all = [...json, ...other].join('\n');
    const emails = database
      .db()
      .select({ email: users.email })
      .from(users)
      .all()
      .map((u) => u.email);
    const demoConfidential = database.db().select().from(recommendations).where(eq(recommendations.consent, 'confidential')).all();
    const forbidden = [...SECRETS, ...emails, ...demoConfidential.flatMap((item) => [item.ref, item.title])];
    expect(forbidden.filter((secret) => all.includes(secret))).toEqual([]);
    // What the public may see is there: the summary, the unnamed item's text, the withheld item's ref.
    expect(all).toContain('Water boards, summarised');
    expect(all).toContain('Community water boards');
    expect(all).toContain('HLED-2099-0005');
  });

  it('M2: publishes no topic of a summary-only or taken-down item, only the topics of a full text', async () => {
    const { json, other } = await everything();
    const all = [...json, ...other].join('\n');
    expect(all).not.toContain('SUMMARY-ORIGINAL-TOPIC');
    expect(all).not.toContain('WITHHELD-TOPIC');
    for (const ref of ['HLED-2099-0002', 'HLED-2099-0005']) {
      const { body } = await callJson(recommendationGet, `/api/v1/recommendations/${ref}`, { ref });
      expect(body.data.topics, ref).toBeNull();
    }
    const full = database
      .db()
      .select()
      .from(recommendations)
      .all()
      .find((r) => r.consent === 'name_and_organization' && r.topics.length > 0 && r.status !== 'hidden')!;
    const { body } = await callJson(recommendationGet, `/api/v1/recommendations/${full.ref}`, { ref: full.ref });
    expect(body.data.topics).toEqual(full.topics);
  });

  it('names things by slug or ref, never by database id', async () => {
    const { json } = await everything();
    const names = new Set(json.flatMap((body) => keys(JSON.parse(body))));
    expect([...names].filter((name) => /^id$|_id$|Id$/.test(name))).toEqual([]);
  });

  it('names a submitter only with their consent, in the JSON and the CSV', async () => {
    const { body } = await callJson(recommendationsGet, '/api/v1/recommendations?per_page=100');
    const db = database.db();
    const unnamed = db
      .select()
      .from(recommendations)
      .all()
      .filter((r) => r.consent === 'without_name' || r.consent === 'summary_only');
    const csv = parseCsv((await text(csvGet, '/api/v1/recommendations.csv')).slice(1));
    const column = (name: string) => csv[0]!.indexOf(name);
    for (const row of unnamed) {
      const item = body.data.find((i: { ref: string }) => i.ref === row.ref);
      expect(item, row.ref).toMatchObject({ organization: null, submitter_name: null });
      const submitter = row.submitterId ? db.select().from(users).where(eq(users.id, row.submitterId)).get()! : null;
      const detail = await text(recommendationGet, `/api/v1/recommendations/${row.ref}`, { ref: row.ref });
      if (submitter) expect(detail).not.toContain(submitter.name);
      if (row.organization) expect(detail).not.toContain(row.organization);
      const line = csv.find((cells) => cells[0] === row.ref)!;
      expect([line[column('organization')], line[column('submitter_name')]]).toEqual(['', '']);
    }
    const named = body.data.find((i: { submitter_name: string | null }) => i.submitter_name);
    expect(named.organization).toBeTruthy();
  });

  it('answers 404 for a hidden or confidential ref, as for one never issued', async () => {
    for (const ref of ['HLED-2099-0003', 'HLED-2099-0004']) {
      expect((await call(recommendationGet, `/api/v1/recommendations/${ref}`, { ref })).status).toBe(404);
    }
  });
});
