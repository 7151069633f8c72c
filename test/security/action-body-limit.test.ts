/**
 * Server-action bodies are refused past what the largest real form needs: Next.js reads at most that
 * many bytes before decoding, so a deeply nested body cannot cost more than decoding that much
 * (scripts/measure-action-bodies.ts prints the figures).
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { largestFormBytes } from './largest-forms';

type Config = { experimental?: { serverActions?: { bodySizeLimit?: string } } };
const nextConfig = createRequire(import.meta.url)('../../next.config.js') as Config;
const bytes = createRequire(import.meta.url)('next/dist/compiled/bytes') as { parse: (value: string) => number };

describe('server-action bodies', () => {
  it('M4: are limited to what the largest form needs, not Next.js\'s default of 1 MB', () => {
    const limit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(limit, 'experimental.serverActions.bodySizeLimit in next.config.js').toBeDefined();
    const largest = largestFormBytes();
    const limitBytes = bytes.parse(limit!);
    expect(limitBytes, `the largest form (${largest.form}) sends ${largest.bytes} bytes`).toBeGreaterThanOrEqual(largest.bytes);
    expect(limitBytes).toBeLessThanOrEqual(2 * largest.bytes);
  });
});
