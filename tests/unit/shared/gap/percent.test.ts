import { describe, expect, it } from 'vitest';
import { percent, percentText } from '../../../../shared/gap/percent';

describe('percent', () => {
  it.each<[number | null, number | null]>([
    [0, 0],
    [1, 100],
    [1 / 3, 33],
    [2 / 3, 67],
    [0.125, 13],
    [0.555, 56],
    [0.004, 0],
    [0.995, 100],
    [null, null],
  ])('%s is %s', (share, expected) => {
    expect(percent(share)).toBe(expected);
  });
});

describe('percentText', () => {
  it.each<[number | null | undefined, string]>([
    [0.4, '40%'],
    [0, '0%'],
    [2 / 3, '67%'],
    [null, '—'],
    [undefined, '—'],
  ])('%s reads %s', (share, expected) => {
    expect(percentText(share)).toBe(expected);
  });
});
