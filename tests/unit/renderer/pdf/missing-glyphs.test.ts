/**
 * Characters no bundled font has are taken out of what a PDF prints, but not out of where its links go
 * nor its title (metadata); a link's address prints in ASCII.
 */
import { describe, expect, it } from 'vitest';
import { printableAddress, withoutMissingGlyphs } from '../../../../renderer/pdf/missing-glyphs';
import { promotionCaseContent } from '../../../../shared/documents/promotion-case';
import { context, evidence } from '../../shared/documents/document-fixtures';

describe('withoutMissingGlyphs', () => {
  const link = 'https://hi.wikipedia.org/wiki/डिज़ाइन';
  const content = promotionCaseContent(context({ 'frontend.L5.skill.2': 'consistently' }), {
    ratings: new Map(),
    evidence: [evidence({ title: 'डिज़ाइन review of checkout', link, itemIds: ['frontend.L5.skill.2'] })],
    goals: [],
  });
  const missing = [...new Set([...'डिज़ाइन'])];

  it('takes the characters out of the printed text, closing up the spaces, and keeps links and the title whole', () => {
    const drawable = withoutMissingGlyphs(content, missing);
    const text = JSON.stringify(drawable);
    expect(text).toContain('"title":"review of checkout"');
    expect(text).toContain(`"link":"${link}"`);
    expect(drawable.meta.title).toBe(content.meta.title);
    expect(withoutMissingGlyphs(content, [])).toBe(content);
  });

  it('prints an address beyond ASCII as a browser sends it', () => {
    expect(printableAddress(link)).toBe('https://hi.wikipedia.org/wiki/%E0%A4%A1%E0%A4%BF%E0%A4%9C%E0%A4%BC%E0%A4%BE%E0%A4%87%E0%A4%A8');
    expect(printableAddress('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
  });
});
