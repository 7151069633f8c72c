/**
 * Checks of texts written in both languages side by side (`text_checks`, see db/schema/text-checks.ts):
 * loading the checks that still hold for what pages show, and a person's check. A check is stored with a
 * digest of both texts; a text edited since (either language) reads as unchecked again.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { textChecks, users } from '@/db/schema';
import type { Tx } from '@/db/types';
import type { PairedText } from '@/db/vocabulary';
import type { Locale } from '@/lib/i18n/routing';
import type { Written } from '@/lib/i18n/written-text';
import type { PairCheck } from './paired';

/** The key of a link's explanation: the link is named by its recommendation and its initiative. */
export const explanationKey = (recommendationId: number, initiativeId: number) => `${recommendationId}:${initiativeId}`;

export function digestOf(written: Written): string {
  return createHash('sha256')
    .update(`${written.en ?? ''}\u0000${written.es ?? ''}`)
    .digest('base64url');
}

type Stored = { key: string; originalLocale: Locale; digest: string; checkedAt: Date; checkerName: string | null };

function stored(tx: Tx, text: PairedText, keys: string[]): Map<string, Stored> {
  const rows: Stored[] = [];
  // Chunks keep the statement under SQLite's variable limit on a long list.
  for (let i = 0; i < keys.length; i += 500) {
    rows.push(
      ...tx
        .select({
          key: textChecks.key,
          originalLocale: textChecks.originalLocale,
          digest: textChecks.digest,
          checkedAt: textChecks.checkedAt,
          checkerName: users.name,
        })
        .from(textChecks)
        .leftJoin(users, eq(users.id, textChecks.checkedBy))
        .where(and(eq(textChecks.text, text), inArray(textChecks.key, keys.slice(i, i + 500))))
        .all(),
    );
  }
  return new Map(rows.map((row) => [row.key, row]));
}

/**
 * Each row with the check of its text that still holds (`check`, null when none), in one query per list.
 * `checkerName` is for coordinators' pages only: the public reads "checked by a person".
 */
export function withChecks<R>(
  text: PairedText,
  rows: R[],
  keyOf: (row: R) => string | number,
  writtenOf: (row: R) => Written,
  tx: Tx = getDb(),
): (R & { check: (PairCheck & { checkerName: string | null }) | null })[] {
  if (rows.length === 0) return [];
  const checks = stored(tx, text, [...new Set(rows.map((row) => String(keyOf(row))))]);
  return rows.map((row) => {
    const found = checks.get(String(keyOf(row)));
    const holds = found && found.digest === digestOf(writtenOf(row));
    return {
      ...row,
      check: holds ? { originalLocale: found.originalLocale, checkedAt: found.checkedAt, checkerName: found.checkerName } : null,
    };
  });
}

/** One text's check that still holds, or null. */
export function checkOf(text: PairedText, key: string | number, written: Written, tx: Tx = getDb()) {
  return withChecks(
    text,
    [written],
    () => key,
    (w) => w,
    tx,
  )[0]!.check;
}

/** Records that a person checked the translation of the text as it stands, against `originalLocale`. */
export function storeCheck(tx: Tx, text: PairedText, key: string | number, written: Written, originalLocale: Locale, userId: number) {
  const values = { originalLocale, digest: digestOf(written), checkedBy: userId, checkedAt: new Date() };
  tx.insert(textChecks)
    .values({ text, key: String(key), ...values })
    .onConflictDoUpdate({ target: [textChecks.text, textChecks.key], set: values })
    .run();
}
