/**
 * Co-signers follow the item they signed: every notification its submitter gets (a status change, a
 * link, a merge) reaches each signed co-signer too, in their account and by e-mail in their language,
 * with a link to the public page (the submitter's own page is not theirs).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { createTranslator } from 'use-intl/core';
import { cosigners, notifications, users } from '@/db/schema';
import type { NOTIFICATION_KINDS } from '@/db/vocabulary';
import type { Tx } from '@/db/types';
import { afterResponse } from '@/lib/after-response';
import { publicBaseUrl } from '@/lib/config';
import { deliver, queueEmail } from '@/lib/email/send-email';
import en from '@/messages/en.json';
import es from '@/messages/es.json';

const MESSAGES = { en, es } as const;

export function notifyCosigners(
  tx: Tx,
  item: { id: number; ref: string },
  historyEventId: number,
  kind: (typeof NOTIFICATION_KINDS)[number],
): void {
  const signed = tx
    .select({ id: users.id, name: users.name, email: users.email, locale: users.preferredLocale })
    .from(cosigners)
    .innerJoin(users, eq(users.id, cosigners.userId))
    .where(and(eq(cosigners.recommendationId, item.id), eq(cosigners.state, 'signed'), isNull(users.deactivatedAt)))
    .all();
  for (const person of signed) {
    tx.insert(notifications).values({ userId: person.id, recommendationId: item.id, historyEventId, kind }).run();
    const t = createTranslator({ locale: person.locale, messages: MESSAGES[person.locale], namespace: 'papers.email' });
    const link = `${publicBaseUrl()}/${person.locale}/recommendations/${item.ref}`;
    const email = queueEmail(tx, {
      userId: person.id,
      to: person.email,
      locale: person.locale,
      subject: t('cosignedUpdateSubject', { ref: item.ref }),
      text: t('cosignedUpdateBody', { name: person.name, ref: item.ref, link }),
    });
    // Delivered after the answer, so after this transaction commits.
    afterResponse(() => deliver(email));
  }
}
