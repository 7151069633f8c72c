/**
 * The calls' clock. Deadlines are decided on the server against `callsNow()`; use cases take `now` as an
 * argument so unit tests set it at the boundary. The browser tests move it with a cookie, honoured only
 * when the server was started for them (HLED_TEST_CLOCK=1) and in demo mode, never with AUTH_SECRET set.
 */
import 'server-only';
import { cookies } from 'next/headers';
import { isDemoMode } from '@/lib/config';

export const TEST_CLOCK_COOKIE = 'hled-test-clock';

export function testClockAllowed(): boolean {
  return process.env.HLED_TEST_CLOCK === '1' && isDemoMode();
}

export async function callsNow(): Promise<Date> {
  if (!testClockAllowed()) return new Date();
  const value = (await cookies()).get(TEST_CLOCK_COOKIE)?.value;
  const injected = value ? new Date(value) : null;
  return injected && !Number.isNaN(injected.getTime()) ? injected : new Date();
}
