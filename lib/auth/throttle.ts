/**
 * Sign-in throttling (ASVS 2.2.1; SECURITY.md 2.5): failures are counted per account and per address
 * over a sliding window. Past the limit, sign-in is refused until the oldest counted failure leaves
 * the window, and the refusal says when that is.
 */
import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { signInFailures } from '@/db/schema';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 50;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** When the key may try again, or null when it may now. */
function retryAtFor(key: string, limit: number, now: number): Date | null {
  const recent = getDb()
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(and(eq(signInFailures.key, key), gte(signInFailures.at, new Date(now - THROTTLE_WINDOW_MS))))
    .orderBy(asc(signInFailures.at))
    .all();
  if (recent.length < limit) return null;
  return new Date(recent[recent.length - limit]!.at.getTime() + THROTTLE_WINDOW_MS);
}

export function signInRetryAt(email: string, address: string | null, now = Date.now()): Date | null {
  const times = [retryAtFor(accountKey(email), ACCOUNT_FAILURE_LIMIT, now)];
  if (address) times.push(retryAtFor(addressKey(address), ADDRESS_FAILURE_LIMIT, now));
  const blocked = times.filter((t): t is Date => t !== null);
  return blocked.length ? new Date(Math.max(...blocked.map((t) => t.getTime()))) : null;
}

export function recordSignInFailure(email: string, address: string | null, now = Date.now()) {
  const db = getDb();
  const at = new Date(now);
  db.transaction(
    (tx) => {
      tx.insert(signInFailures).values({ key: accountKey(email), at }).run();
      if (address) tx.insert(signInFailures).values({ key: addressKey(address), at }).run();
      tx.delete(signInFailures).where(lt(signInFailures.at, new Date(now - THROTTLE_WINDOW_MS))).run();
    },
    { behavior: 'immediate' },
  );
}

export function clearAccountFailures(email: string) {
  getDb().delete(signInFailures).where(eq(signInFailures.key, accountKey(email))).run();
}
