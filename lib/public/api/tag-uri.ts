/**
 * Identifiers for the Atom feed that stay the same when the site moves: `tag:` URIs (RFC 4151),
 * minted under an authority the publisher owns (a domain name or e-mail address, and a date on which
 * they owned it), not under the address the site happens to be served from. Change the authority and
 * every reader sees every entry as new: set FEED_TAG_AUTHORITY once, before the feed is public.
 */
import { logEvent } from '@/lib/log';

export const DEFAULT_TAG_AUTHORITY = 'hled.example,2026';

// RFC 4151 taggingEntity: (DNS name | e-mail address) "," YYYY[-MM[-DD]].
const DNS_NAME = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*';
const TAGGING_ENTITY = new RegExp(`^(?:[a-z0-9._%+-]+@)?${DNS_NAME},\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$`, 'i');

let warned = false;

/** FEED_TAG_AUTHORITY when it is a valid tagging entity, else the default (and one warning in the log). */
export function tagAuthority(value = process.env.FEED_TAG_AUTHORITY): string {
  const configured = value?.trim();
  if (!configured) return DEFAULT_TAG_AUTHORITY;
  if (TAGGING_ENTITY.test(configured)) return configured.toLowerCase();
  if (!warned) logEvent('config.invalid', { variable: 'FEED_TAG_AUTHORITY', expected: 'domain-or-email,YYYY[-MM[-DD]]' });
  warned = true;
  return DEFAULT_TAG_AUTHORITY;
}

/** `tag:<authority>:<specific>`; `specific` is built from references and numbers, which need no escaping. */
export function tagUri(specific: string, authority = tagAuthority()): string {
  return `tag:${authority}:${specific}`;
}
