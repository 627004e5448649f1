import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../../renderer/charts/wrap-label';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Experience')).toEqual(['Experience']);
  });

  it('breaks a long area name at spaces', () => {
    expect(wrapLabel('Architecture, performance & security')).toEqual(['Architecture,', 'performance &', 'security']);
    expect(wrapLabel('Soft skills & communication')).toEqual(['Soft skills &', 'communication']);
  });

  it('ends the last line with "…" when the name needs more lines, and cuts a word too long for any line', () => {
    expect(wrapLabel('one two three four five six seven eight nine ten eleven twelve', 10, 2)).toEqual(['one two', 'three four…']);
    expect(wrapLabel('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercalif…']);
  });
});
