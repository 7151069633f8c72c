/**
 * Server-action bodies are refused past what the largest real form needs: Next.js reads at most that
 * many bytes before decoding, so a deeply nested body cannot cost more than decoding that much
 * (scripts/measure-action-bodies.ts prints the figures).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/security/proxy';
import { MAX_ACTION_NESTING, nestingDepth, refuseNestedActionBody } from '@/lib/security/action-body';
import { LARGEST_FORMS, actionBodyBytes, largestFormBytes } from './largest-forms';

type Config = { experimental?: { serverActions?: { bodySizeLimit?: string } } };
const nextConfig = createRequire(import.meta.url)('../../next.config.js') as Config;
const bytes = createRequire(import.meta.url)('next/dist/compiled/bytes') as { parse: (value: string) => number };

describe('server-action bodies', () => {
  it("M4: are limited to what the largest form needs, not Next.js's default of 1 MB", () => {
    const limit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(limit, 'experimental.serverActions.bodySizeLimit in next.config.js').toBeDefined();
    const largest = largestFormBytes();
    const limitBytes = bytes.parse(limit!);
    expect(limitBytes, `the largest form (${largest.form}) sends ${largest.bytes} bytes`).toBeGreaterThanOrEqual(largest.bytes);
    expect(limitBytes).toBeLessThanOrEqual(2 * largest.bytes);
    expect(ACTION_BODY_LIMIT_BYTES).toBe(limitBytes);
  });

  it('M4: nested deeper than any form writes are refused before Next.js decodes them, and real forms pass', async () => {
    const post = (body: string) =>
      refuseNestedActionBody(
        new Request('http://localhost/en/forgot-password', {
          method: 'POST',
          headers: { 'next-action': 'abc', 'content-type': 'text/plain' },
          body,
        }),
        ACTION_BODY_LIMIT_BYTES,
      );
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    expect((await post(deep))?.status).toBe(400);
    for (const input of Object.values(LARGEST_FORMS)) expect(await post(JSON.stringify([input]))).toBeNull();
    expect(nestingDepth(JSON.stringify([LARGEST_FORMS.initiative]))).toBeLessThan(5);
    // A text of brackets inside a string still passes, up to an absurd number of unclosed ones.
    expect(await post(JSON.stringify([{ body: '['.repeat(MAX_ACTION_NESTING - 10) }]))).toBeNull();
    expect(actionBodyBytes(LARGEST_FORMS.meeting)).toBeLessThan(ACTION_BODY_LIMIT_BYTES);
  });
});
