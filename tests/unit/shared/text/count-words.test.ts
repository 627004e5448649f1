import { describe, expect, it } from 'vitest';
import { countWords, formatCount } from '../../../../shared/text/count-words';

describe('countWords', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(countWords(1, 'area')).toBe('1 area');
    expect(countWords(0, 'area')).toBe('0 areas');
    expect(countWords(2, 'area')).toBe('2 areas');
  });

  it('takes an irregular plural and writes thousands with separators', () => {
    expect(countWords(1, 'piece of evidence', 'pieces of evidence')).toBe('1 piece of evidence');
    expect(countWords(60_000, 'entry', 'entries')).toBe('60,000 entries');
  });
});

describe('formatCount', () => {
  it('writes a count as English does, with or without Intl', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(-999)).toBe('-999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(-1234)).toBe('-1,234');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(2.5)).toBe('2.5');
    expect(formatCount(1234.5678)).toBe('1,234.568');
  });
});
