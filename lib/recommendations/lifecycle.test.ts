import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '@/db/schema';
import { allowedMoves, checkMove, MOVES } from './lifecycle';

const complete = { linkCount: 1, hasResponse: true, hasReason: true, hasOriginal: true };

/** Every (from, to) pair the table allows, when all its needs are met. */
const ALLOWED: [RecommendationStatus, RecommendationStatus][] = [
  ['received', 'under_review'],
  ['received', 'accepted'],
  ['under_review', 'accepted'],
  ['accepted', 'in_progress'],
  ['accepted', 'implemented'],
  ['in_progress', 'implemented'],
  ['received', 'not_adopted'],
  ['under_review', 'not_adopted'],
  ['accepted', 'not_adopted'],
  ['in_progress', 'not_adopted'],
  ['received', 'merged'],
  ['under_review', 'merged'],
  ['accepted', 'merged'],
  ['in_progress', 'merged'],
  ['received', 'hidden'],
  ['under_review', 'hidden'],
  ['accepted', 'hidden'],
  ['in_progress', 'hidden'],
  ['not_adopted', 'hidden'],
  ['withdrawn', 'hidden'],
];

describe('the status workflow', () => {
  it('allows exactly the moves of the table, and refuses every other pair', () => {
    for (const from of RECOMMENDATION_STATUSES) {
      for (const to of RECOMMENDATION_STATUSES) {
        const expected = ALLOWED.some(([f, t]) => f === from && t === to);
        expect(checkMove(from, to, complete) === null, `${from} -> ${to}`).toBe(expected);
      }
    }
  });

  it('refuses implemented straight from received, even with a link', () => {
    expect(checkMove('received', 'implemented', complete)).toBe('notAllowedFrom');
  });

  it('refuses accepting, starting or implementing without a linked initiative', () => {
    for (const [from, to] of [
      ['under_review', 'accepted'],
      ['accepted', 'in_progress'],
      ['in_progress', 'implemented'],
    ] as const) {
      expect(checkMove(from, to, { ...complete, linkCount: 0 })).toBe('needsLink');
    }
  });

  it('needs a public response for accepted, in progress, implemented and not adopted', () => {
    for (const [from, to] of [
      ['under_review', 'accepted'],
      ['accepted', 'in_progress'],
      ['in_progress', 'implemented'],
      ['received', 'not_adopted'],
    ] as const) {
      expect(checkMove(from, to, { ...complete, hasResponse: false })).toBe('needsResponse');
    }
    expect(checkMove('received', 'under_review', { ...complete, hasResponse: false })).toBeNull();
  });

  it('needs a reason to decline or to hide', () => {
    expect(checkMove('under_review', 'not_adopted', { ...complete, hasReason: false })).toBe('needsReason');
    expect(checkMove('received', 'hidden', { ...complete, hasReason: false })).toBe('needsReason');
  });

  it('needs the original to merge a duplicate', () => {
    expect(checkMove('under_review', 'merged', { ...complete, hasOriginal: false })).toBe('needsOriginal');
  });

  it('lets nothing out of withdrawn, merged or hidden except hiding a withdrawn item', () => {
    for (const from of ['merged', 'hidden'] as const) {
      for (const to of RECOMMENDATION_STATUSES) expect(checkMove(from, to, complete), `${from} -> ${to}`).not.toBeNull();
    }
    expect(checkMove('withdrawn', 'under_review', complete)).toBe('finalStatus');
    expect(checkMove('merged', 'accepted', complete)).toBe('finalStatus');
  });

  it('refuses a move to the status it already has', () => {
    expect(checkMove('accepted', 'accepted', complete)).toBe('sameStatus');
  });

  it('offers in the status form only the statuses reachable from here', () => {
    expect(allowedMoves('received').map((m) => m.to)).toEqual(['under_review', 'accepted', 'not_adopted']);
    expect(allowedMoves('accepted').map((m) => m.to)).toEqual(['in_progress', 'implemented', 'not_adopted']);
    expect(allowedMoves('implemented')).toEqual([]);
    expect(MOVES.every((m) => !m.from.includes(m.to))).toBe(true);
  });
});
