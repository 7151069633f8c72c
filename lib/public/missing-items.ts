/**
 * Public pages whose address names a thing (a pillar, initiative, meeting or recommendation) answer
 * 404 when it does not exist or is not public, with the not-found text in the page itself
 * (components/public/NotFound.tsx explains why the page renders that text rather than throwing).
 *
 * A page rendered on demand cannot set its own status once React has started its HTML, so proxy.ts
 * asks here first and lets the page render with 404 already set. A stored (prerendered) page gets its
 * 404 from Next.js instead, through the page's own notFound() signal.
 */
import { eq } from 'drizzle-orm';
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db/shared';
import { initiatives, meetings, pillars, publicRecommendations } from '@/db/schema';
import { isLocale } from '@/lib/i18n/routing';
import { REFERENCE_PATTERN } from '@/lib/validation/fields';

const ITEM_PAGE = /^\/([a-z]{2})\/(recommendations|pillars|initiatives|meetings)\/([^/]+)\/?$/;

type PageHandler = (request: NextRequest) => Response | Promise<Response>;

/** A reference as typed in an address (any case, percent-encoded), or null when it cannot be one. */
export function normalizeReference(segment: string): string | null {
  let ref: string;
  try {
    ref = decodeURIComponent(segment).toUpperCase();
  } catch {
    return null;
  }
  return REFERENCE_PATTERN.test(ref) ? ref : null;
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** True when `pathname` is a public item's page and no public item has its slug or reference. */
export function isMissingPublicItem(pathname: string): boolean {
  const match = ITEM_PAGE.exec(pathname);
  if (!match || !isLocale(match[1]!)) return false;
  const [, , kind, segment] = match as unknown as [string, string, string, string];
  const db = getDb();
  if (kind === 'recommendations') {
    const ref = normalizeReference(segment);
    return !ref || !db.select({ id: publicRecommendations.id }).from(publicRecommendations).where(eq(publicRecommendations.ref, ref)).get();
  }
  const slug = decoded(segment);
  if (slug === null) return true;
  const table = kind === 'pillars' ? pillars : kind === 'initiatives' ? initiatives : meetings;
  return !db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get();
}

/**
 * Wraps the proxy's page handler: a page that will render as "not found" continues with status 404.
 * Only a response that lets the request through (x-middleware-next) is changed; redirects and
 * refusals pass untouched.
 */
export function answerMissingItems(pageHandler: PageHandler): PageHandler {
  return async function missingItems(request) {
    const response = await pageHandler(request);
    if (response.headers.get('x-middleware-next') !== '1' || !isMissingPublicItem(request.nextUrl.pathname)) return response;
    return new NextResponse(null, { status: 404, headers: response.headers });
  };
}
