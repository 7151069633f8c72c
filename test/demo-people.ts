import { beforeAll } from 'vitest';
import type { Database } from '@/db/open';
import { users } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { loadUser, type CurrentUser } from '@/lib/auth/current-user';
import { recommendationSchema, type RecommendationFormValues, type RecommendationInput } from '@/lib/recommendations/schema';

/**
 * Seeds the demo accounts into the test file's database (after useTemporaryGlobalDatabase) and gives
 * them by the part of their address before the @: people['coordinator.mx'], people['industry'].
 */
export function useDemoPeople(database: { db: () => Database }): Record<string, CurrentUser> {
  const people: Record<string, CurrentUser> = {};
  beforeAll(async () => {
    await seedDemoData(database.db());
    for (const row of database.db().select().from(users).all()) people[row.email.split('@')[0]!] = loadUser(row.id, null)!;
  });
  return people;
}

/** A recommendation form's answers, as the submission form sends them, with these fields changed. */
export function recommendationInput(fields: Partial<RecommendationFormValues> = {}): RecommendationInput {
  return recommendationSchema.parse({
    title: 'Shared inspection lanes for perishable goods',
    body: 'Open joint inspection lanes at the busiest crossings so that perishable goods are cleared once, not twice.',
    pillar: 'building-back-together',
    topics: '',
    sector: 'civil_society',
    organization: '',
    organizationIdentifier: '',
    fundingDeclaration: 'none',
    country: 'mx',
    language: 'en',
    consent: 'name_and_organization',
    ...fields,
  });
}
