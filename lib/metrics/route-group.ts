/**
 * The route group a request is counted under: a short, fixed list (so the metrics keep a bounded number of
 * series however many addresses there are), named after what an operator would look at separately.
 */
export const ROUTE_GROUPS = [
  'home',
  'register',
  'recommendation',
  'public_page',
  'sign_in',
  'account',
  'submit',
  'coordinate',
  'admin',
  'action',
  'api',
  'api_csv',
  'feed',
  'auth',
  'health',
  'ready',
  'metrics',
  'static',
  'other',
] as const;
export type RouteGroup = (typeof ROUTE_GROUPS)[number];

const LOCALE = /^\/(en|es)(?=\/|$)/;
const SIGN_IN_PAGES = new Set(['sign-in', 'sign-up', 'forgot-password', 'reset-password', 'verify-email', 'accept-invitation']);
const PUBLIC_SECTIONS = new Set(['pillars', 'initiatives', 'meetings', 'you-said-we-did', 'decisions', 'data']);

function apiGroup(path: string): RouteGroup {
  if (path === '/api/health') return 'health';
  if (path === '/api/ready') return 'ready';
  if (path.startsWith('/api/auth/')) return 'auth';
  if (path.startsWith('/api/v1/recommendations.csv')) return 'api_csv';
  return 'api';
}

function pageGroup(rest: string): RouteGroup {
  const [section, item] = rest.split('/').filter(Boolean);
  if (section === undefined) return 'home';
  if (section === 'recommendations') return item === undefined ? 'register' : 'recommendation';
  if (section === 'coordinate' || section === 'admin' || section === 'submit') return section;
  if (section === 'account' || section === 'outbox') return 'account';
  if (SIGN_IN_PAGES.has(section)) return 'sign_in';
  if (PUBLIC_SECTIONS.has(section)) return 'public_page';
  return 'other';
}

export function routeGroup(url: string, isAction: boolean): RouteGroup {
  if (isAction) return 'action';
  const path = url.split(/[?#]/, 1)[0] ?? '/';
  if (path === '/metrics') return 'metrics';
  if (path.startsWith('/api/')) return apiGroup(path);
  if (path.startsWith('/_next/')) return 'static';
  if (path === '/feed.xml' || path === '/sitemap.xml' || path === '/robots.txt') return 'feed';
  const locale = LOCALE.exec(path);
  if (locale) return pageGroup(path.slice(locale[0].length));
  if (path === '/') return 'home'; // the redirect to /en or /es
  if (/\.[a-z0-9]+$/i.test(path)) return 'static';
  return 'other';
}

/** 2xx, 3xx, 4xx, 5xx; `aborted` when the connection closed before the answer was complete. */
export function statusClass(status: number, completed: boolean): string {
  if (!completed) return 'aborted';
  return `${Math.floor(status / 100)}xx`;
}
