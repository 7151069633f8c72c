import { NextRequest, NextResponse } from 'next/server';
import { describe, expect, it } from 'vitest';
import { stampedHeaders } from '@/lib/rate-limit/connection';
import { databaseRateLimiter } from '@/lib/rate-limit/store';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { limitRegister, registerLocale } from './register-rate-limit';

const database = useTemporaryGlobalDatabase();

function setup(perMinute: number) {
  let rendered = 0;
  const limiter = databaseRateLimiter(database.db().$client, () => 1_800_000_000_000);
  const proxy = limitRegister(
    () => {
      rendered++;
      return NextResponse.next();
    },
    { limiter, perMinute },
  );
  const from = (address: string, path = '/en/recommendations?q=frontera', headers: Record<string, string> = {}) =>
    proxy(new NextRequest(`http://localhost${path}`, { headers: stampedHeaders(address, headers) }));
  return { from, rendered: () => rendered };
}

describe('the HTML register over its per-address limit', () => {
  it('answers 429 in the page language, with Retry-After, while another address is still served', async () => {
    const { from, rendered } = setup(2);
    expect((await from('203.0.113.40')).status).toBe(200);
    expect((await from('203.0.113.40', '/en/recommendations')).status).toBe(200);
    const refused = await from('203.0.113.40', '/es/recommendations?page=2');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('30');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const html = await refused.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<main id="main"><h1>Demasiadas solicitudes</h1>');
    expect(html).toContain('se puede abrir el registro 2 veces por minuto');
    expect(html).toContain('Vuelva a intentarlo en 30 segundos.');
    expect(rendered()).toBe(2);
    expect((await from('198.51.100.40')).status).toBe(200);
  });

  it('says "1 time" and "1 second" in the singular', async () => {
    const { from } = setup(60);
    for (let i = 0; i < 60; i++) await from('203.0.113.41');
    const html = await (await from('203.0.113.41')).text();
    expect(html).toContain('This address may open the register 60 times a minute');
    expect(html).toContain('Please try again in 1 second.');
    const one = setup(1);
    await one.from('203.0.113.42');
    expect(await (await one.from('203.0.113.42')).text()).toContain('1 time a minute');
  });

  it("does not count other pages or the router's prefetches", async () => {
    const { from, rendered } = setup(1);
    for (const path of ['/en', '/en/recommendations/HLED-2023-0001', '/en/pillars/building-back-together'])
      expect((await from('203.0.113.43', path)).status).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await from('203.0.113.43', '/en/recommendations', { rsc: '1', 'next-router-prefetch': '1' })).status).toBe(200);
    expect((await from('203.0.113.43', '/en/recommendations')).status).toBe(200);
    expect((await from('203.0.113.43', '/en/recommendations')).status).toBe(429);
    expect(rendered()).toBe(7);
  });

  it('knows the register by its address only', () => {
    expect(registerLocale('/es/recommendations')).toBe('es');
    expect(registerLocale('/en/recommendations/')).toBe('en');
    expect(registerLocale('/en/recommendations/HLED-2023-0001')).toBeNull();
    expect(registerLocale('/fr/recommendations')).toBeNull();
  });
});
