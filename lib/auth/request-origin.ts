import 'server-only';
import { headers } from 'next/headers';
import { trustedClientAddress } from '@/lib/security/client-address';
import type { AttemptOrigin } from './sign-in';

/**
 * Who is calling a server action, for the password throttle: the address (behind a declared proxy only)
 * and the cookies (the device cookie). Outside a request (scripts, unit tests) neither is known.
 */
export async function requestOrigin(): Promise<AttemptOrigin> {
  try {
    const list = await headers();
    return { address: trustedClientAddress((name) => list.get(name)), cookieHeader: list.get('cookie') };
  } catch {
    return { address: null, cookieHeader: null };
  }
}
