import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { initiatives, outbox, recommendationInitiatives, users } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { recommendationSchema } from '@/lib/recommendations/schema';
import { progressSchema } from '@/lib/record/initiative-schemas';
import { recordProgressUpdate } from '@/lib/record/manage-initiatives';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { insertUser } from '@/test/users';
import { newsDue, queueProgressNews, saveProgressNewsMode } from './progress-news';

const database = useTemporaryGlobalDatabase();
const INITIATIVE = 'semiconductor-supply-chains';
let coordinator: CurrentUser;

beforeAll(async () => {
  await seedDemoData(database.db());
  coordinator = loadUser(database.db().select().from(users).where(eq(users.email, 'coordinator.mx@hled.example')).get()!.id, null)!;
});

/** A submitter whose recommendation the initiative took up. */
function submitterOfLinkedRecommendation(preferredLocale: 'en' | 'es' = 'en'): CurrentUser {
  const db = database.db();
  const person = insertUser(db, { preferredLocale });
  const input = recommendationSchema.parse({
    title: 'Shared inspection lanes for perishable goods',
    body: 'Open joint inspection lanes at the busiest crossings so that perishable goods are cleared once, not twice.',
    pillar: 'building-back-together',
    topics: 'border',
    sector: 'civil_society',
    organization: '',
    organizationIdentifier: '',
    fundingDeclaration: 'none',
    country: 'mx',
    language: 'en',
    consent: 'name_and_organization',
  });
  const created = db.transaction((tx) => createRecommendation(tx, person, input));
  const initiative = db.select().from(initiatives).where(eq(initiatives.slug, INITIATIVE)).get()!;
  db.insert(recommendationInitiatives).values({ recommendationId: created.id, initiativeId: initiative.id }).run();
  return person;
}

let sequence = 0;
const progress = () =>
  recordProgressUpdate(
    coordinator,
    progressSchema.parse({
      initiative: INITIATIVE,
      date: '2026-11-02',
      kind: 'accomplishment',
      textEn: `Suppliers mapped, round ${(sequence += 1)}.`,
      textEs: `Proveedores mapeados, ronda ${sequence}.`,
      sourceTitle: 'Action plan report',
    }),
  );
const newsTo = (userId: number) =>
  database
    .db()
    .select()
    .from(outbox)
    .where(and(eq(outbox.userId, userId), like(outbox.subject, '%initiative%')))
    .all();

describe('progress news for submitters', () => {
  it('sends at once, but never a second e-mail the same UTC day: later news waits for the next day, gathered in one', () => {
    const person = submitterOfLinkedRecommendation();
    const morning = new Date('2026-11-03T09:00:00Z');
    progress();
    expect(queueProgressNews(morning, [person.id])).toHaveLength(1);
    progress();
    progress();
    expect(queueProgressNews(new Date('2026-11-03T18:00:00Z'), [person.id])).toHaveLength(0);
    expect(newsTo(person.id)).toHaveLength(1);
    const next = queueProgressNews(new Date('2026-11-04T00:05:00Z'), [person.id]);
    expect(next).toHaveLength(1);
    expect(next[0]!.message.text).toContain('round');
    expect(next[0]!.message.subject).toBe('News on initiatives that took up your recommendations');
    expect(newsTo(person.id)).toHaveLength(2);
  });

  it('holds a weekly subscriber’s news until Monday, then sends one digest', () => {
    const person = submitterOfLinkedRecommendation();
    saveProgressNewsMode(person.id, 'weekly');
    progress();
    progress();
    expect(queueProgressNews(new Date('2026-11-05T10:00:00Z'), [person.id])).toHaveLength(0); // a Thursday
    const monday = queueProgressNews(new Date('2026-11-09T10:00:00Z'), [person.id]);
    expect(monday).toHaveLength(1);
    expect(monday[0]!.message.subject).toMatch(/^Your weekly news: 2 updates/);
  });

  it('tells nobody who chose not to be told, and writes in the person’s language', () => {
    const quiet = submitterOfLinkedRecommendation();
    saveProgressNewsMode(quiet.id, 'off');
    const spanish = submitterOfLinkedRecommendation('es');
    progress();
    expect(queueProgressNews(new Date('2026-11-10T10:00:00Z'), [quiet.id])).toHaveLength(0);
    const [email] = queueProgressNews(new Date('2026-11-10T10:00:00Z'), [spanish.id]);
    expect(email!.message.subject).toBe('Novedades de una iniciativa que retomó su recomendación');
    expect(email!.message.text).toContain('Plan de acción conjunto sobre cadenas de suministro de semiconductores');
  });

  it('decides what is due from the choice, the day and what was sent today', () => {
    const thursday = new Date('2026-11-05T10:00:00Z');
    const monday = new Date('2026-11-09T10:00:00Z');
    expect(newsDue('immediate', thursday, false)).toBe(true);
    expect(newsDue('immediate', thursday, true)).toBe(false);
    expect(newsDue('weekly', thursday, false)).toBe(false);
    expect(newsDue('weekly', monday, false)).toBe(true);
    expect(newsDue('weekly', monday, true)).toBe(false);
    expect(newsDue('off', monday, false)).toBe(false);
  });
});
