/**
 * Slowing down password guessing (ASVS 2.2.1) without letting a stranger lock the owner out.
 *
 * Every attempt is counted under keys, and each key allows a few free failures, then makes the next
 * attempt wait 1 s, 2 s, 4 s … up to 15 minutes after its latest failure; failures are forgotten after an
 * hour. The keys of an attempt (throttleKeys):
 *   - a browser that signed in to this account before carries a device cookie (device.ts): its attempts
 *     count under that device alone, so wrong guesses from anywhere else never slow the owner down there;
 *   - any other attempt counts under the account, shared by every unknown browser;
 *   - and, when the address is known (TRUST_PROXY), under the address too, which catches one address
 *     trying many accounts.
 *
 * An attempt is reserved (counted as a failure) before the password is checked, in one immediate
 * transaction, and released when it succeeds: a burst of parallel attempts gets exactly the free ones.
 * A reservation that cannot be written throws, and the caller refuses the attempt (fail closed).
 */
import { and, count, eq, gte, inArray, lt, max } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { signInFailures } from '@/db/schema';

export const FAILURE_MEMORY_MS = 60 * 60 * 1000;
export const FIRST_DELAY_MS = 1000;
export const MAX_DELAY_MS = 15 * 60 * 1000;

type KeyKind = 'account' | 'device' | 'address';
export const FREE_FAILURES: Record<KeyKind, number> = { account: 5, device: 5, address: 30 };

export type ThrottleKey = { kind: KeyKind; key: string };
export type AttemptClient = { email: string; deviceId: string | null; address: string | null };

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

export function throttleKeys({ email, deviceId, address }: AttemptClient): ThrottleKey[] {
  if (deviceId) return [{ kind: 'device', key: `device:${deviceId}` }];
  const keys: ThrottleKey[] = [{ kind: 'account', key: accountKey(email) }];
  if (address) keys.push({ kind: 'address', key: `address:${address}` });
  return keys;
}

/** How long to wait after the latest failure, once a key has this many. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - free), MAX_DELAY_MS);
}

export type Reservation = { ids: number[]; deviceKey: string | null };
export type ReserveResult = { ok: true; reservation: Reservation } | { ok: false; retryAt: Date };

/** Counts an attempt under its keys, unless one of them must still wait. */
export function reserveAttempt(keys: ThrottleKey[], now = Date.now()): ReserveResult {
  return getDb().transaction(
    (tx) => {
      let retryAt = 0;
      for (const { kind, key } of keys) {
        const row = tx
          .select({ failures: count(), latest: max(signInFailures.at) })
          .from(signInFailures)
          .where(and(eq(signInFailures.key, key), gte(signInFailures.at, new Date(now - FAILURE_MEMORY_MS))))
          .get();
        const wait = delayAfter(row?.failures ?? 0, FREE_FAILURES[kind]);
        if (wait > 0 && row?.latest) retryAt = Math.max(retryAt, row.latest.getTime() + wait);
      }
      if (retryAt > now) return { ok: false as const, retryAt: new Date(retryAt) };
      const at = new Date(now);
      const ids = keys.map(({ key }) => tx.insert(signInFailures).values({ key, at }).returning({ id: signInFailures.id }).get().id);
      tx.delete(signInFailures)
        .where(lt(signInFailures.at, new Date(now - FAILURE_MEMORY_MS)))
        .run();
      return { ok: true as const, reservation: { ids, deviceKey: keys.find((k) => k.kind === 'device')?.key ?? null } };
    },
    { behavior: 'immediate' },
  );
}

/**
 * The attempt succeeded: it was no failure. The owner's own device forgets its earlier failures too; the
 * account's shared count does not, or the owner's sign-in would hand a guesser fresh free attempts.
 */
export function releaseAttempt(reservation: Reservation) {
  const db = getDb();
  db.delete(signInFailures).where(inArray(signInFailures.id, reservation.ids)).run();
  if (reservation.deviceKey) db.delete(signInFailures).where(eq(signInFailures.key, reservation.deviceKey)).run();
}
