/** Repeated shaping calls share one result; what could differ (long texts, other features, a script) is shaped again. */
import { describe, expect, it } from 'vitest';
import { shareGlyphRuns } from '../../../../renderer/pdf/glyph-run-cache';

function countingFont() {
  const calls: unknown[][] = [];
  const font = {
    layout: (...args: unknown[]) => {
      calls.push(args);
      return { glyphs: [calls.length], args };
    },
  };
  return { font, calls };
}

describe('shareGlyphRuns', () => {
  it('answers a repeated text, with the same features and direction, with the first result', () => {
    const { font, calls } = countingFont();
    shareGlyphRuns(font);
    shareGlyphRuns(font); // sharing twice changes nothing
    const first = font.layout('Rating: Partly', undefined, undefined, undefined, 'ltr');
    expect(font.layout('Rating: Partly', undefined, undefined, undefined, 'ltr')).toBe(first);
    expect(calls).toEqual([['Rating: Partly', undefined, undefined, undefined, 'ltr']]);
  });

  it('shapes again what could come out differently', () => {
    const { font, calls } = countingFont();
    shareGlyphRuns(font);
    font.layout('•', undefined, undefined, undefined, 'ltr');
    font.layout('•', undefined, undefined, undefined, 'rtl');
    font.layout('•', ['liga'], undefined, undefined, 'ltr');
    font.layout('•', undefined, 'latn', undefined, 'ltr');
    font.layout('•', undefined, 'latn', undefined, 'ltr');
    const long = 'x'.repeat(201);
    font.layout(long, undefined, undefined, undefined, 'ltr');
    font.layout(long, undefined, undefined, undefined, 'ltr');
    expect(calls).toHaveLength(7);
  });
});
