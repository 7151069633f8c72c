/**
 * The language an address asks for (/es/…), for the one page that is rendered without its route's
 * parameters: app/global-not-found.tsx, which answers every address no route claims. Public pages do not
 * pass through proxy.ts (they are stored), so next-intl's middleware never tells that page the locale;
 * Node's `http.server.request.start` diagnostics channel runs for every request before Next.js does, and
 * this module writes the address's locale into a header of its own there (overwriting anything a client
 * sent under that name, although a wrong language on a 404 would harm no one).
 */
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { localeOfAddress } from './routing';

export const ADDRESS_LOCALE_HEADER = 'x-hled-address-locale';

const INSTALLED = Symbol.for('hled.addressLocale');
type Installed = typeof globalThis & { [INSTALLED]?: boolean };

export { localeOfAddress };

function onRequestStart(message: unknown) {
  const { request } = message as { request: IncomingMessage };
  const locale = localeOfAddress(request.url);
  if (locale) request.headers[ADDRESS_LOCALE_HEADER] = locale;
  else delete request.headers[ADDRESS_LOCALE_HEADER];
}

/** Installs the hook once per process (instrumentation.ts calls it at start-up). */
export function trackAddressLocales(): void {
  const global = globalThis as Installed;
  if (global[INSTALLED]) return;
  global[INSTALLED] = true;
  diagnostics.subscribe('http.server.request.start', onRequestStart);
}
