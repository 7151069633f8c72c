import { describe, expect, it } from 'vitest';
import { stateAt } from './state';
import { zonedTimeToUtc } from './zones';

describe('closing moments typed in Mexico City time', () => {
  it('stores the UTC instant (Mexico City is UTC-6 all year since 2022)', () => {
    expect(zonedTimeToUtc('2026-12-20T18:00')?.toISOString()).toBe('2026-12-21T00:00:00.000Z');
    expect(zonedTimeToUtc('2026-07-01T09:30')?.toISOString()).toBe('2026-07-01T15:30:00.000Z');
  });
  it('follows Washington daylight time', () => {
    expect(zonedTimeToUtc('2026-07-01T09:30', 'America/New_York')?.toISOString()).toBe('2026-07-01T13:30:00.000Z');
    expect(zonedTimeToUtc('2026-12-01T09:30', 'America/New_York')?.toISOString()).toBe('2026-12-01T14:30:00.000Z');
  });
  it('refuses what is not a time', () => {
    for (const bad of ['', '2026-02-30T10:00', '2026-01-01T24:00', '2026-01-01 10:00', 'tomorrow']) expect(zonedTimeToUtc(bad)).toBeNull();
  });
});

describe("a call's state at an instant", () => {
  const closesAt = new Date('2026-12-21T00:00:00.000Z');
  it('is open until the last millisecond before the closing moment, closed from it on', () => {
    expect(stateAt({ state: 'open', closesAt }, new Date(closesAt.getTime() - 1))).toBe('open');
    expect(stateAt({ state: 'open', closesAt }, closesAt)).toBe('closed');
  });
  it('keeps drafts and reported calls as they are', () => {
    expect(stateAt({ state: 'draft', closesAt }, new Date('2030-01-01'))).toBe('draft');
    expect(stateAt({ state: 'reported', closesAt }, new Date('2020-01-01'))).toBe('reported');
  });
});
