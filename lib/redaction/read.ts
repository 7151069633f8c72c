/** Redactions of one item as its coordinators see them: active first, then lifted, each with its history. */
import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { redactions } from '@/db/schema';

export function listRedactions(recommendationId: number) {
  return getDb()
    .select()
    .from(redactions)
    .where(eq(redactions.recommendationId, recommendationId))
    .orderBy(desc(redactions.createdAt), desc(redactions.id))
    .all();
}
