import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ADDRESS_LOCALE_HEADER, localeOfAddress, trackAddressLocales } from './address-locale';

describe("an address's locale", () => {
  it('is its first segment when that is a locale of the site', () => {
    expect(localeOfAddress('/es/no/such/page')).toBe('es');
    expect(localeOfAddress('/en')).toBe('en');
    expect(localeOfAddress('/es?x=1')).toBe('es');
    expect(localeOfAddress('/fr/page')).toBeNull();
    expect(localeOfAddress('/espanol')).toBeNull();
    expect(localeOfAddress('/')).toBeNull();
    expect(localeOfAddress(undefined)).toBeNull();
  });

  it('is written into its header when a request starts, replacing what a client sent', () => {
    trackAddressLocales();
    const channel = diagnostics.channel('http.server.request.start');
    const spanish = { url: '/es/nada', headers: { [ADDRESS_LOCALE_HEADER]: 'en' } } as unknown as IncomingMessage;
    const elsewhere = { url: '/nada', headers: { [ADDRESS_LOCALE_HEADER]: 'es' } } as unknown as IncomingMessage;
    channel.publish({ request: spanish, socket: {} });
    channel.publish({ request: elsewhere, socket: {} });
    expect(spanish.headers[ADDRESS_LOCALE_HEADER]).toBe('es');
    expect(elsewhere.headers[ADDRESS_LOCALE_HEADER]).toBeUndefined();
  });
});
