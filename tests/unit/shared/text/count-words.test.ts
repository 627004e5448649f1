import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../shared/text/count-words';

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
