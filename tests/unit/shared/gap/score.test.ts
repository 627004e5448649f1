import { describe, expect, it } from 'vitest';
import { scoreOf } from '../../../../shared/gap/score';
import type { Proficiency, RatingValue } from '../../../../shared/workspace/schema';

describe('scoreOf', () => {
  it.each<[RatingValue | undefined, Proficiency, ReturnType<typeof scoreOf>]>([
    [undefined, 3, 'unrated'],
    ['not-applicable', 3, 'not-applicable'],
    ['consistently', 3, 1],
    ['partly', 3, 0.5],
    ['not-yet', 3, 0],
    [4, 3, 1],
    [3, 3, 1],
    [2, 3, 0.5],
    [1, 3, 0],
    [0, 3, 0],
    [0, 0, 1],
    [3, 4, 0.5],
  ])('%j against expectation %i scores %j', (value, expectation, score) => {
    expect(scoreOf(value, expectation)).toBe(score);
  });
});
