import { describe, expect, it } from 'vitest';
import { shorten } from '../../../../shared/text/shorten';

describe('shorten', () => {
  it('keeps a short text as it is, on one line', () => {
    expect(shorten('  Give a talk\nat the guild ')).toBe('Give a talk at the guild');
  });

  it('cuts a long text at a word boundary and marks the cut', () => {
    const long = 'word '.repeat(1000);
    const short = shorten(long, 20);
    expect(short).toBe('word word word word…');
    expect(short.length).toBeLessThanOrEqual(21);
  });

  it('cuts text without spaces where it must', () => {
    expect(shorten('长'.repeat(100), 10)).toBe(`${'长'.repeat(10)}…`);
  });
});
