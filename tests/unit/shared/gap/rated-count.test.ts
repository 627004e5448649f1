import { describe, expect, it } from 'vitest';
import { ratedCountText } from '../../../../shared/gap/rated-count';
import { tallyItems } from '../../../../shared/gap/area-gap';

describe('ratedCountText', () => {
  it('counts not applicable as an answer and names it', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, areaId: 'x' }));
    const tally = tallyItems(
      items,
      new Map([
        ['a', 'consistently'],
        ['b', 'not-applicable'],
      ]),
    );
    expect(ratedCountText(tally)).toBe('2 of 3 rated · 1 not applicable');
  });

  it('says nothing of not applicable where there is none, or where an old snapshot did not keep it', () => {
    expect(ratedCountText({ rated: 5, notApplicable: 0, total: 6 })).toBe('5 of 6 rated');
    expect(ratedCountText({ rated: 5, total: 6 })).toBe('5 of 6 rated');
  });
});
