/**
 * The e-mails to a pillar's subscribers about a call: opened, closing soon, reported. Each goes once to
 * each person (call_emails), in their language, with a one-click unsubscribe link in the text and in the
 * List-Unsubscribe and List-Unsubscribe-Post headers (RFC 8058), which need no sign-in.
 */
import 'server-only';
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { createTranslator } from 'use-intl/core';
import { callEmails, callPillars, calls, pillars, pillarSubscriptions, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import { publicBaseUrl } from '@/lib/config';
import { queueEmail, type QueuedEmail } from '@/lib/email/send-email';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { momentInCapitals } from './format';
import { unsubscribeToken } from './unsubscribe-token';

export type CallEmailKind = 'opened' | 'closing_soon' | 'reported';
const MESSAGES = { en, es } as const;

type Call = typeof calls.$inferSelect;

/** Queues the e-mail of this kind to every subscriber of the call's pillars who has not had it yet. */
export function queueCallEmails(tx: Tx, call: Call, kind: CallEmailKind): QueuedEmail[] {
  const pillarIds = tx
    .select({ id: callPillars.pillarId })
    .from(callPillars)
    .where(eq(callPillars.callId, call.id))
    .all()
    .map((p) => p.id);
  if (pillarIds.length === 0) return [];
  const rows = tx
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      locale: users.preferredLocale,
      pillarId: pillarSubscriptions.pillarId,
      subscribedAt: pillarSubscriptions.createdAt,
      pillarNumber: pillars.number,
    })
    .from(pillarSubscriptions)
    .innerJoin(users, eq(users.id, pillarSubscriptions.userId))
    .innerJoin(pillars, eq(pillars.id, pillarSubscriptions.pillarId))
    .where(
      and(
        inArray(pillarSubscriptions.pillarId, pillarIds),
        isNotNull(users.emailVerifiedAt),
        isNull(users.deactivatedAt),
        isNull(users.deletedAt),
      ),
    )
    .orderBy(asc(users.id), asc(pillars.number))
    .all();
  const queued: QueuedEmail[] = [];
  const seen = new Set<number>();
  for (const row of rows) {
    // One e-mail per person; its unsubscribe link names their first subscribed pillar among the call's.
    if (seen.has(row.userId)) continue;
    seen.add(row.userId);
    const fresh = tx.insert(callEmails).values({ callId: call.id, userId: row.userId, kind }).onConflictDoNothing().returning().get();
    if (!fresh) continue;
    const token = unsubscribeToken({ userId: row.userId, pillarId: row.pillarId, createdAt: row.subscribedAt.getTime() });
    const content = callEmail(row.locale, kind, call, row.name, row.pillarNumber, token);
    queued.push(queueEmail(tx, { userId: row.userId, to: row.email, locale: row.locale, ...content }));
  }
  return queued;
}

export function unsubscribeLinks(locale: Locale, token: string) {
  const base = publicBaseUrl();
  return {
    page: `${base}/${locale}/unsubscribe?token=${encodeURIComponent(token)}`,
    oneClick: `${base}/api/unsubscribe?token=${encodeURIComponent(token)}`,
  };
}

export function callEmail(locale: Locale, kind: CallEmailKind, call: Call, name: string, pillarNumber: number, token: string) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'calls.email' });
  const title = locale === 'es' ? call.titleEs : call.titleEn;
  const link = `${publicBaseUrl()}/${locale}/calls/${call.slug}`;
  const [mexico, washington] = momentInCapitals(call.closesAt, locale).map((m) => m.text);
  const links = unsubscribeLinks(locale, token);
  const body = t(`${kind}.body`, { name, title, link, mexico: mexico ?? '', washington: washington ?? '' });
  const footer = t('footer', { pillar: pillarNumber, unsubscribe: links.page });
  return {
    subject: t(`${kind}.subject`, { title }),
    text: `${body}\n\n${footer}`,
    headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
