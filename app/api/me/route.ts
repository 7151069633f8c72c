/**
 * Who is signed in, for the header of stored pages (components/UserNav.tsx), which asks only when the
 * readable session hint is set. It says only which links to show: the pages behind them check the
 * caller themselves. Never stored by anyone; it clears the hint when there is no session any more.
 */
import { getCurrentUser } from '@/lib/auth/current-user';
import { mayTriage } from '@/lib/auth/permissions';
import { hasSessionHint, sessionHintCookie, type Me } from '@/lib/security/session-hint';
import { siteUsesHttps } from '@/lib/security/transport';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const user = await getCurrentUser();
  const me: Me = user ? { signedIn: true, mayTriage: mayTriage(user), admin: user.role === 'admin' } : { signedIn: false };
  const headers = new Headers({ 'Cache-Control': 'private, no-store' });
  if (me.signedIn !== hasSessionHint(request.headers.get('cookie') ?? ''))
    headers.append('Set-Cookie', sessionHintCookie(me.signedIn, siteUsesHttps()));
  return Response.json(me, { headers });
}
