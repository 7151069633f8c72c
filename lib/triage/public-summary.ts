/**
 * The public summary of a recommendation published as "summary only": the submitter's text stays with
 * the coordinators, and the public reads this summary instead (see the public_recommendations view).
 */
import 'server-only';
import { getDb } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/current-user';
import { logEvent } from '@/lib/log';
import { Refusal } from '@/lib/refusal';
import { loadForTriage, touch } from './guard';
import { appendHistory } from '@/db/history';
import { refreshPublicCopy } from '@/lib/redaction/public-copy';

export function publishSummary(user: CurrentUser, input: { ref: string; version: number; summaryEn?: string; summaryEs?: string }) {
  const summaryEn = input.summaryEn?.trim() || null;
  const summaryEs = input.summaryEs?.trim() || null;
  getDb().transaction(
    (tx) => {
      const recommendation = loadForTriage(tx, user, input.ref, input.version);
      if (recommendation.consent !== 'summary_only') throw new Refusal('notSummaryOnly');
      touch(tx, recommendation.id, { publicSummaryEn: summaryEn, publicSummaryEs: summaryEs });
      appendHistory(tx, { recommendationId: recommendation.id, actor: user, kind: 'summary_published', isPublic: true });
      refreshPublicCopy(tx, recommendation.id);
    },
    { behavior: 'immediate' },
  );
  logEvent('triage.summary_published', { userId: user.id, ref: input.ref });
}
