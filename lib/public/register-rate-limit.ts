/**
 * The HTML register (/en/recommendations, /es/recommendations, with any filter, search or page) runs
 * a search and its counts on every request, so it is under the same per-address limit as the open
 * data (lib/public/api/rate-limit.ts), in an allowance of its own: a person reading the register and a
 * script reading the API from the same address do not use up each other's requests. Over the limit
 * the proxy answers 429 with Retry-After and a short page in the register's language.
 *
 * The router's prefetches (an RSC request with Next-Router-Prefetch) are not counted: without a loading
 * boundary Next.js renders no page for them, only the layout.
 */
import { createTranslator } from 'next-intl';
import { NextResponse, type NextRequest } from 'next/server';
import en from '@/messages/en.json';
import es from '@/messages/es.json';
import { localeOfAddress, type Locale } from '@/lib/i18n/routing';
import { xmlEscape } from '@/lib/public/api/xml';
import { takeRequest, type Quota, type RateLimiter } from '@/lib/public/api/rate-limit';

const REGISTER = /^\/[a-z]{2}\/recommendations\/?$/;
const MESSAGES = { en, es } as const;

type PageHandler = (request: NextRequest) => Response | Promise<Response>;

function isPrefetch(headers: Headers): boolean {
  return headers.get('rsc') === '1' && headers.get('next-router-prefetch') === '1';
}

/** The locale of the register page `pathname` is, or null for any other address. */
export function registerLocale(pathname: string): Locale | null {
  return REGISTER.test(pathname) ? localeOfAddress(pathname) : null;
}

export function tooManyRequestsPage(locale: Locale, quota: Quota): Response {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'tooManyRequests' });
  const site = MESSAGES[locale].site;
  const title = `${t('title')} · ${site.titleSuffix}`;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="robots" content="noindex"><title>${xmlEscape(title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1b1b1b}main{max-width:40rem;margin:2rem auto;padding:0 1rem}</style>',
    `</head><body><main id="main"><h1>${xmlEscape(t('title'))}</h1>`,
    `<p>${xmlEscape(t('body', { limit: quota.limit, seconds: quota.retryAfterSeconds }))}</p>`,
    `<p><a href="/${locale}">${xmlEscape(t('home'))}</a></p></main></body></html>`,
  ].join('');
  return new NextResponse(html, {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(quota.retryAfterSeconds),
      'RateLimit-Limit': String(quota.limit),
      'RateLimit-Remaining': String(quota.remaining),
      'RateLimit-Reset': String(quota.resetSeconds),
    },
  });
}

/** Wraps the proxy's page handler: register requests take from the caller's allowance first. */
export function limitRegister(pageHandler: PageHandler, options: { limiter?: RateLimiter; perMinute?: number } = {}): PageHandler {
  return async function registerLimit(request) {
    const locale = registerLocale(request.nextUrl.pathname);
    if (locale && (request.method === 'GET' || request.method === 'HEAD') && !isPrefetch(request.headers)) {
      const quota = takeRequest('register', request.headers, options);
      if (!quota.allowed) return tooManyRequestsPage(locale, quota);
    }
    return pageHandler(request);
  };
}
