import { describe, expect, it } from 'vitest';
import { normalizeReference } from './missing-items';

describe('a reference in an address', () => {
  it('is read the way the page reads it: any case, percent-encoded', () => {
    expect(normalizeReference('hled-2026-0042')).toBe('HLED-2026-0042');
    expect(normalizeReference('HLED%2D2026%2D0042')).toBe('HLED-2026-0042');
    expect(normalizeReference('HLED-26-1')).toBeNull();
    expect(normalizeReference('%E0%A4%A')).toBeNull();
  });
});
