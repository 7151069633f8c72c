/**
 * The one way the app sends e-mail. Every message is kept in the outbox table; with SMTP_URL set it is
 * also handed to the SMTP server after the caller's transaction commits. Without SMTP (demo and
 * development), the outbox is where messages are read: by their recipient (signed in, or through a link
 * the sending page shows in demo mode), and by administrators.
 *
 * A link's token must work for its recipient alone: the stored copy never keeps a usable one in
 * production mode, and loses it in demo mode once SMTP has delivered the message. The full text lives
 * only in memory between queueing and delivery.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { getDb } from '@/db/client';
import { perConnection } from '@/db/prepared';
import type { Tx } from '@/db/types';
import { outbox } from '@/db/schema';
import { isDemoMode } from '@/lib/config';
import type { Locale } from '@/lib/i18n/routing';

export type OutgoingEmail = {
  userId: number | null;
  to: string;
  subject: string;
  text: string;
  locale: Locale;
  /** Extra headers for SMTP, e.g. List-Unsubscribe on the calls' e-mails (lib/calls/emails.ts). */
  headers?: Record<string, string>;
};
export type QueuedEmail = { id: number; viewKey: string; message: OutgoingEmail };

export const hashViewKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** The text with every link's token blanked: "…/reset-password?token=REMOVED". */
export function withoutLiveLinks(text: string): string {
  return text.replace(/([?&]token=)[^\s&]+/g, '$1REMOVED');
}

// Every submission queues its receipt: prepared once per connection (db/prepared.ts).
const insertMessage = perConnection((tx: Tx) =>
  tx
    .insert(outbox)
    .values({
      userId: sql.placeholder('userId'),
      toAddress: sql.placeholder('toAddress'),
      subject: sql.placeholder('subject'),
      bodyText: sql.placeholder('bodyText'),
      locale: sql.placeholder('locale'),
      viewKeyHash: sql.placeholder('viewKeyHash'),
    })
    .returning({ id: outbox.id })
    .prepare(),
);

/** Records the message in the caller's transaction; call `deliver` with the result after commit. */
export function queueEmail(tx: Tx, message: OutgoingEmail): QueuedEmail {
  const viewKey = randomBytes(24).toString('base64url');
  const row = insertMessage(tx).get({
    userId: message.userId,
    toAddress: message.to,
    subject: message.subject,
    // Demo mode without SMTP reads the outbox instead of a mailbox: the link must work there.
    bodyText: isDemoMode() ? message.text : withoutLiveLinks(message.text),
    locale: message.locale,
    viewKeyHash: hashViewKey(viewKey),
  })!;
  return { id: row.id, viewKey, message };
}

let transport: { url: string; transporter: nodemailer.Transporter } | undefined;
function smtpTransport(): nodemailer.Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/** Hands a queued message to SMTP when configured; a failure is recorded on the message, never thrown at the user. */
export async function deliver(queued: QueuedEmail): Promise<void> {
  const smtp = smtpTransport();
  if (!smtp) return;
  const db = getDb();
  const { message } = queued;
  try {
    await smtp.sendMail({
      from: process.env.SMTP_FROM ?? 'HLED Stakeholder Tracker <no-reply@hled.example>',
      to: message.to,
      subject: message.subject,
      text: message.text,
      headers: message.headers,
    });
    db.update(outbox)
      .set({ sentAt: new Date(), error: null, bodyText: withoutLiveLinks(message.text) })
      .where(eq(outbox.id, queued.id))
      .run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    db.update(outbox)
      .set({ error: reason.slice(0, 500) })
      .where(eq(outbox.id, queued.id))
      .run();
    console.error(JSON.stringify({ event: 'email.failed', outboxId: queued.id, reason }));
  }
}
