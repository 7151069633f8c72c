import { describe, expect, it } from 'vitest';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { delayAfter, FAILURE_MEMORY_MS, FREE_FAILURES, MAX_DELAY_MS, releaseAttempt, reserveAttempt, throttleKeys } from './throttle';

useTemporaryGlobalDatabase();

describe('sign-in throttling', () => {
  it('gives a few free failures, then waits one second and doubles, up to a quarter of an hour', () => {
    expect([0, 4, 5, 6, 7, 14].map((n) => delayAfter(n, 5))).toEqual([0, 0, 1000, 2000, 4000, 512_000]);
    expect(delayAfter(40, 5)).toBe(MAX_DELAY_MS);
  });

  it('counts an account whatever the case and spaces of its address, and forgets failures after an hour', () => {
    const start = Date.now();
    const keys = throttleKeys({ email: 'a@example.org', deviceId: null, address: null });
    for (let i = 0; i < FREE_FAILURES.account; i++) expect(reserveAttempt(keys, start + i).ok).toBe(true);
    const shouted = throttleKeys({ email: ' A@Example.org ', deviceId: null, address: null });
    expect(reserveAttempt(shouted, start + 10)).toEqual({ ok: false, retryAt: new Date(start + 4 + 1000) });
    expect(reserveAttempt(keys, start + FAILURE_MEMORY_MS + 10).ok).toBe(true);
  });

  it('keeps a known device apart from the account it signs in to', () => {
    const start = Date.now();
    const stranger = throttleKeys({ email: 'b@example.org', deviceId: null, address: null });
    for (let i = 0; i < 10; i++) reserveAttempt(stranger, start + i);
    expect(reserveAttempt(stranger, start + 20).ok).toBe(false);
    expect(reserveAttempt(throttleKeys({ email: 'b@example.org', deviceId: 'ownersdevice000000000a', address: null }), start + 20).ok).toBe(
      true,
    );
  });

  it('pauses an address that tries many accounts, and no other address', () => {
    const start = Date.now();
    for (let i = 0; i < FREE_FAILURES.address; i++)
      reserveAttempt(throttleKeys({ email: `user${i}@example.org`, deviceId: null, address: '203.0.113.9' }), start + i);
    expect(reserveAttempt(throttleKeys({ email: 'someone-new@example.org', deviceId: null, address: '203.0.113.9' }), start + 100).ok).toBe(
      false,
    );
    expect(
      reserveAttempt(throttleKeys({ email: 'someone-new@example.org', deviceId: null, address: '198.51.100.1' }), start + 100).ok,
    ).toBe(true);
  });

  it('does not count an attempt that succeeded', () => {
    const start = Date.now();
    const keys = throttleKeys({ email: 'c@example.org', deviceId: null, address: null });
    for (let i = 0; i < 10; i++) {
      const reserved = reserveAttempt(keys, start + i);
      expect(reserved.ok).toBe(true);
      if (reserved.ok) releaseAttempt(reserved.reservation);
    }
  });
});
