/**
 * One-click unsubscribe (RFC 8058): mail programs POST "List-Unsubscribe=One-Click" to the address in the
 * List-Unsubscribe header. The signed token is the authorization; no cookie, no sign-in.
 */
import { unsubscribe } from '@/lib/calls/subscriptions';

export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const result = unsubscribe(token.slice(0, 300));
  if (!result.ok && result.reason === 'invalid') return new Response('Invalid unsubscribe link.\n', { status: 400 });
  // Unsubscribed now, or already: either way the person is not subscribed through this link.
  return new Response('Unsubscribed.\n', { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
