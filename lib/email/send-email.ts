/**
 * The one way the app sends e-mail. Every message is kept in the outbox table; with SMTP_URL set it is
 * also handed to the SMTP server after the caller's transaction commits. Without SMTP (demo and
 * development), the outbox is where messages are read: by their recipient through a link the sending
 * page shows (demo mode only), and by administrators.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { getDb } from '@/db/client';
import type { Tx } from '@/db/types';
import { outbox } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';


export type OutgoingEmail = { userId: number | null; to: string; subject: string; text: string; locale: Locale };
export type QueuedEmail = { id: number; viewKey: string };

export const hashViewKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** Records the message in the caller's transaction; call `deliver` with the result after commit. */
export function queueEmail(tx: Tx, message: OutgoingEmail): QueuedEmail {
  const viewKey = randomBytes(24).toString('base64url');
  const row = tx
    .insert(outbox)
    .values({
      userId: message.userId,
      toAddress: message.to,
      subject: message.subject,
      bodyText: message.text,
      locale: message.locale,
      viewKeyHash: hashViewKey(viewKey),
    })
    .returning({ id: outbox.id })
    .get();
  return { id: row.id, viewKey };
}

let transport: nodemailer.Transporter | null | undefined;
function smtpTransport() {
  if (transport === undefined) transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;
  return transport;
}

/** Hands a queued message to SMTP when configured; a failure is recorded on the message, never thrown at the user. */
export async function deliver(queued: QueuedEmail): Promise<void> {
  const smtp = smtpTransport();
  if (!smtp) return;
  const db = getDb();
  const message = db.select().from(outbox).where(eq(outbox.id, queued.id)).get();
  if (!message) return;
  try {
    await smtp.sendMail({
      from: process.env.SMTP_FROM ?? 'HLED Stakeholder Tracker <no-reply@hled.example>',
      to: message.toAddress,
      subject: message.subject,
      text: message.bodyText,
    });
    db.update(outbox).set({ sentAt: new Date(), error: null }).where(eq(outbox.id, queued.id)).run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    db.update(outbox).set({ error: reason.slice(0, 500) }).where(eq(outbox.id, queued.id)).run();
    console.error(JSON.stringify({ event: 'email.failed', outboxId: queued.id, reason }));
  }
}
