import { describe, expect, it } from 'vitest';
import { compareRaters, comparisonCounts, isFlagged, ratingDistance } from '../../../../shared/workspace/rater-comparison';
import { ratedBy as rating } from './rating-fixtures';

describe('how far two ratings are apart', () => {
  it.each([
    ['not-yet', 'consistently', 2, true],
    ['consistently', 'not-yet', 2, true],
    ['partly', 'consistently', 1, false],
    ['partly', 'partly', 0, false],
    [4, 2, 2, true],
    [1, 4, 3, true],
    [3, 2, 1, false],
    ['not-applicable', 'partly', 'applicability', true],
    ['not-applicable', 'not-applicable', 0, false],
    ['partly', undefined, null, false],
  ] as const)('%s against %s: %s', (a, b, distance, flagged) => {
    expect(ratingDistance(a, b)).toBe(distance);
    expect(isFlagged(ratingDistance(a, b))).toBe(flagged);
  });
});

describe('comparing self and manager statement by statement', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
  const ratings = [
    rating('a', 'self', 'consistently'),
    rating('a', 'manager', 'not-yet'),
    rating('a', 'agreed', 'partly'),
    rating('b', 'self', 'partly'),
    rating('b', 'manager', 'partly'),
    rating('c', 'self', 'not-yet'),
    rating('d', 'manager', 'not-applicable'),
  ];

  it('keeps the items’ order and puts each rater’s rating beside the others', () => {
    const compared = compareRaters(items, ratings);
    expect(compared.map((entry) => [entry.item.id, entry.self?.value, entry.manager?.value, entry.agreed?.value, entry.flagged])).toEqual([
      ['a', 'consistently', 'not-yet', 'partly', true],
      ['b', 'partly', 'partly', undefined, false],
      ['c', 'not-yet', undefined, undefined, false],
      ['d', undefined, 'not-applicable', undefined, false],
    ]);
  });

  it('counts what is rated by both, the same, flagged and agreed', () => {
    expect(comparisonCounts(compareRaters(items, ratings))).toEqual({ both: 2, same: 1, flagged: 1, flaggedAgreed: 1, agreed: 1 });
  });
});
