/**
 * Whose allowance a request draws from. Without a trusted proxy, the address of the connection
 * (connection.ts); behind one (TRUST_PROXY=1), the last hop of X-Forwarded-For, which is the address
 * that proxy saw (a proxy that appends writes it last, one that replaces the header writes only it;
 * the first hops could be written by the client), then X-Real-IP, then the connection. An IPv6 client
 * is counted by its /64 network, which one subscriber usually holds whole, so it cannot multiply its
 * allowance by changing the last 64 bits.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { connectionAddress } from './connection';

function forwardedAddress(headers: Headers): string | null {
  if (process.env.TRUST_PROXY !== '1') return null;
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-1) ?? (headers.get('x-real-ip')?.trim() || null);
}

/** The caller's address as this server can know it, or null when it cannot. */
export function clientAddress(headers: Headers): string | null {
  return forwardedAddress(headers) ?? connectionAddress(headers);
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = address.includes('::') ? 8 - left.length - right.length : 0;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => group.padStart(4, '0').toLowerCase());
}

/** The key an address is counted under: IPv4 as is (also when written as IPv6-mapped), IPv6 by its /64. */
export function addressKey(address: string): string {
  const bare = address
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (isIPv4(bare)) return bare;
  if (isIPv6(bare)) return `${expandIPv6(bare).slice(0, 4).join(':')}::/64`;
  // Not an address (a proxy writing a host name or "unknown"): counted as written, bounded in length.
  return bare.slice(0, 100);
}
