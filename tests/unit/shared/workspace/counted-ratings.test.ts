import { describe, expect, it } from 'vitest';
import { basisLine, countedRatings, countedValues } from '../../../../shared/workspace/counted-ratings';
import { ratedBy as rated } from './rating-fixtures';

const ratings = [
  rated('a', 'self', 'consistently'),
  rated('a', 'manager', 'not-yet'),
  rated('a', 'agreed', 'partly'),
  rated('b', 'self', 'partly'),
  rated('b', 'manager', 'consistently'),
  rated('c', 'self', 'not-yet'),
  rated('d', 'agreed', 'not-applicable'),
];

describe('which rating counts', () => {
  it.each([
    ['preferred', { a: 'partly', b: 'consistently', c: 'not-yet', d: 'not-applicable' }],
    ['self', { a: 'consistently', b: 'partly', c: 'not-yet' }],
    ['manager', { a: 'not-yet', b: 'consistently' }],
    ['agreed', { a: 'partly', d: 'not-applicable' }],
  ] as const)('on the basis "%s"', (basis, expected) => {
    expect(Object.fromEntries(countedValues(ratings, basis))).toEqual(expected);
  });

  it('counts nothing of a rating kept from a statement this version does not have', () => {
    const kept = [...ratings, { ...rated('e', 'agreed', 'consistently'), recheck: 'removed' as const }];
    expect(countedValues(kept)).toEqual(countedValues(ratings));
    expect(basisLine('preferred', 'report', countedRatings(kept))).toBe(basisLine('preferred', 'report', countedRatings(ratings)));
    // A statement reworded since it was rated still counts, with its re-check.
    const reworded = [{ ...rated('e', 'self', 'partly'), recheck: 'reworded' as const }];
    expect(Object.fromEntries(countedValues(reworded))).toEqual({ e: 'partly' });
  });

  it('prefers agreed, then manager, then self, whatever order the ratings come in', () => {
    const reversed = [...ratings].reverse();
    expect(countedValues(reversed)).toEqual(countedValues(ratings));
    expect(countedRatings(reversed).get('a')?.rater).toBe('agreed');
    expect(countedRatings(reversed).get('b')?.rater).toBe('manager');
  });

  it('says which ratings it measured, and how many came from each rater', () => {
    expect(basisLine('preferred', 'report', countedRatings(ratings))).toBe(
      'Measured on agreed ratings, else the manager’s, else self-ratings: 2 agreed, 1 manager, 1 self',
    );
    expect(basisLine('manager', 'client', countedRatings(ratings, 'manager'))).toBe('Measured on the coach’s ratings only');
    expect(basisLine('preferred', 'me', new Map())).toBe('Measured on agreed ratings, else the manager or coach’s, else self-ratings');
  });
});
