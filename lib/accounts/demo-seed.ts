/**
 * Demo mode (no AUTH_SECRET): the demo accounts of every role and a dozen sample submissions, from
 * db/seed/demo/, so the triage queue and the register are not empty. Samples are marked `isSample`
 * and shown as samples everywhere. Production mode creates none of this.
 */
import { eq } from 'drizzle-orm';
import demoAccounts from '@/db/seed/demo/accounts.json';
import samples from '@/db/seed/demo/samples.json';
import type { Database } from '@/db/open';
import { coordinatorPillars, pillars, recommendations, settings, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import type { RecommendationInput } from '@/lib/recommendations/schema';
import { appendHistory } from '@/db/history';
import { seedSampleCall } from '@/lib/calls/demo-call';

export const DEMO_PASSWORD = 'hled-demo-2026';
const SAMPLES_KEY = 'seed.demo.samples';
type DemoAccount = (typeof demoAccounts)[number];

/** Whether an address is one of the published demo accounts (whose password everyone knows). */
export function isDemoAccount(email: string): boolean {
  return demoAccounts.some((account) => account.email === email.trim().toLowerCase());
}

export async function seedDemoData(db: Database, now = Date.now()): Promise<void> {
  const missing = demoAccounts.filter((account) => !db.select({ id: users.id }).from(users).where(eq(users.email, account.email)).get());
  // Hash outside the transaction: argon2 is slow on purpose and must not hold the write lock.
  const hashed = await Promise.all(missing.map(async (account) => ({ account, passwordHash: await hashPassword(DEMO_PASSWORD) })));
  db.transaction(
    (tx) => {
      for (const { account, passwordHash } of hashed) insertDemoAccount(tx as unknown as Database, account, passwordHash, now);
      seedSampleCall(tx as unknown as Database, now);
      if (tx.select().from(settings).where(eq(settings.key, SAMPLES_KEY)).get()) return;
      insertSamples(tx as unknown as Database, now);
      tx.insert(settings).values({ key: SAMPLES_KEY, value: true }).run();
    },
    { behavior: 'immediate' },
  );
}

function insertDemoAccount(tx: Database, account: DemoAccount, passwordHash: string, now: number) {
  const user = tx
    .insert(users)
    .values({
      email: account.email,
      name: account.name,
      passwordHash,
      role: account.role as 'admin' | 'coordinator' | 'stakeholder',
      government: account.government as 'us' | 'mx' | null,
      allPillars: account.allPillars,
      organization: account.organization,
      sector: account.sector as (typeof users.$inferInsert)['sector'],
      country: account.country as 'us' | 'mx' | 'other',
      preferredLocale: account.preferredLocale as 'en' | 'es',
      emailVerifiedAt: new Date(now),
      privacyConsentAt: new Date(now),
      isDemo: true,
    })
    .returning({ id: users.id })
    .get();
  for (const slug of account.pillars) {
    const pillar = tx.select({ id: pillars.id }).from(pillars).where(eq(pillars.slug, slug)).get();
    if (pillar) tx.insert(coordinatorPillars).values({ userId: user.id, pillarId: pillar.id }).run();
  }
}

function insertSamples(tx: Database, now: number) {
  for (const sample of samples) {
    const submitter = tx.select().from(users).where(eq(users.email, sample.submitter)).get();
    if (!submitter) continue;
    const input: RecommendationInput = {
      title: sample.title,
      body: sample.body,
      pillar: sample.pillar,
      topics: sample.topics.join(', '),
      sector: submitter.sector ?? 'other',
      organization: submitter.organization ?? '',
      organizationIdentifier: '',
      fundingDeclaration: 'none',
      country: submitter.country ?? 'other',
      language: sample.language as 'en' | 'es',
      consent: sample.consent as RecommendationInput['consent'],
      website: undefined,
    };
    const created = createRecommendation(tx, submitter, input, {
      now: new Date(now - sample.daysAgo * 24 * 60 * 60 * 1000),
      isSample: true,
    });
    if (sample.status === 'under_review') {
      tx.update(recommendations).set({ status: 'under_review' }).where(eq(recommendations.id, created.id)).run();
      appendHistory(tx, {
        recommendationId: created.id,
        actor: 'system',
        kind: 'status_changed',
        from: 'received',
        to: 'under_review',
        isPublic: true,
        at: new Date(now - (sample.daysAgo - 1) * 24 * 60 * 60 * 1000),
      });
    }
  }
}
