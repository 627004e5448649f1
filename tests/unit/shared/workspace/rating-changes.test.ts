import { describe, expect, it } from 'vitest';
import { ratingChanges } from '../../../../shared/workspace/rating-changes';

describe('ratingChanges', () => {
  const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, areaId: 'x', text: `Statement ${id}` }));

  it('lists every statement rated, changed or cleared, in order, and nothing unchanged', () => {
    const before = new Map([
      ['a', 'partly' as const],
      ['b', 'partly' as const],
      ['c', 'consistently' as const],
    ]);
    const after = new Map([
      ['a', 'consistently' as const],
      ['b', 'partly' as const],
      ['d', 'not-yet' as const],
    ]);
    expect(ratingChanges(items, before, after).map(({ item, before: was, after: now }) => [item.id, was, now])).toEqual([
      ['a', 'partly', 'consistently'],
      ['c', 'consistently', undefined],
      ['d', undefined, 'not-yet'],
    ]);
  });
});
