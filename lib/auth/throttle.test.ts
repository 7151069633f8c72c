import { describe, expect, it } from 'vitest';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, clearAccountFailures, recordSignInFailure, signInRetryAt, THROTTLE_WINDOW_MS } from './throttle';

useTemporaryGlobalDatabase();

describe('sign-in throttling', () => {
  it('pauses an account after five failures and says until when', () => {
    const start = Date.now();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT - 1; i++) recordSignInFailure('a@example.org', null, start + i);
    expect(signInRetryAt('a@example.org', null, start + 10)).toBeNull();
    recordSignInFailure('a@example.org', null, start + 10);
    expect(signInRetryAt('a@example.org', null, start + 11)?.getTime()).toBe(start + THROTTLE_WINDOW_MS);
    expect(signInRetryAt('A@Example.org ', null, start + 11)).not.toBeNull();
    expect(signInRetryAt('a@example.org', null, start + THROTTLE_WINDOW_MS + 1)).toBeNull();
  });

  it('pauses an address that tries many accounts', () => {
    const start = Date.now();
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) recordSignInFailure(`user${i}@example.org`, '203.0.113.9', start + i);
    expect(signInRetryAt('someone-new@example.org', '203.0.113.9', start + 100)).not.toBeNull();
    expect(signInRetryAt('someone-new@example.org', '198.51.100.1', start + 100)).toBeNull();
  });

  it('forgets an account\'s failures after a successful sign-in', () => {
    const start = Date.now();
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) recordSignInFailure('b@example.org', null, start + i);
    clearAccountFailures('b@example.org');
    expect(signInRetryAt('b@example.org', null, start + 10)).toBeNull();
  });
});
