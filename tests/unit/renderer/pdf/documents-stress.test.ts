/**
 * Every document with stress content, rendered as the app renders it and read back with pdf.js: every
 * text is in the PDF, every page says "Page n of N" with the real n and N, and no text is drawn outside
 * the page's text box or over the footer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../../../shared/documents/document-content';
import { margin } from '../../../../renderer/pdf/document-styles';
import { readPdf, registerTestFonts, renderDocument, type ReadPage } from './render-for-test';
import { stressGrowthPlan, stressOneOnOne, stressPromotionCase, stressWorksheet, textsOf } from './stress-content';

beforeAll(registerTestFonts);

/**
 * Text as compared: letters and digits only. Whitespace and hyphens move where lines break, emoji are
 * drawn as images, and around right-to-left text pdf.js reads punctuation in visual order.
 */
function normalised(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

const rightToLeft = /[\p{Script=Hebrew}\p{Script=Arabic}]+/gu;

/**
 * Whether a text is printed: each stretch of it between right-to-left words in order, and each
 * right-to-left word somewhere (a line mixing directions is drawn in visual order, so the runs of one
 * line can come out in another order).
 */
function isPrinted(text: string, printed: { leftToRight: string; rightToLeftWords: Set<string> }): boolean {
  const stretches = text.split(rightToLeft).map(normalised).filter(Boolean);
  if (!stretches.every((stretch) => printed.leftToRight.includes(stretch))) return false;
  return [...text.matchAll(rightToLeft)].every(([word]) => printed.rightToLeftWords.has(word));
}

/** The header band, the footer band and the body between them, in points from the bottom of the page. */
function bands(page: ReadPage) {
  return { headerBottom: page.height - margin.top - 24, footerTop: 48 };
}

function check(pages: ReadPage[], content: DocumentContent): void {
  const total = pages.length;
  const body: string[] = [];
  pages.forEach((page, index) => {
    const { headerBottom, footerTop } = bands(page);
    const footer: string[] = [];
    for (const item of page.items) {
      expect(item.left, `page ${index + 1}: "${item.text}" starts left of the margin`).toBeGreaterThanOrEqual(margin.side - 0.5);
      expect(item.right, `page ${index + 1}: "${item.text}" runs past the right margin`).toBeLessThanOrEqual(
        page.width - margin.side + 0.5,
      );
      expect(item.top, `page ${index + 1}: "${item.text}" is above the top margin`).toBeLessThanOrEqual(page.height - margin.top + 1);
      expect(item.bottom, `page ${index + 1}: "${item.text}" is below the footer`).toBeGreaterThanOrEqual(20);
      if (item.bottom >= headerBottom) continue;
      if (item.top <= footerTop) footer.push(item.text);
      else {
        expect(item.bottom, `page ${index + 1}: "${item.text}" reaches into the footer`).toBeGreaterThanOrEqual(margin.bottom - 4);
        body.push(item.text);
      }
    }
    expect(footer.join(''), `page ${index + 1}'s footer`).toContain(`Page ${index + 1} of ${total}`);
  });
  const all = body.join('');
  const printed = { leftToRight: normalised(all.replace(rightToLeft, '')), rightToLeftWords: new Set(all.match(rightToLeft)) };
  const missing = textsOf(content).filter((text) => !isPrinted(text, printed));
  expect(missing.map((text) => text.slice(0, 60))).toEqual([]);
}

// Hundreds of pages of dense, mixed-script text: seconds each alone, minutes on a loaded machine.
describe('documents with stress content', { timeout: 300_000 }, () => {
  it.each(['A4', 'LETTER'] as const)('the growth plan with 200 goals on %s', async (paper) => {
    const content = stressGrowthPlan(paper);
    check(await readPdf(await renderDocument(content)), content);
  });

  it.each(['A4', 'LETTER'] as const)('the 1:1 preparation on %s', async (paper) => {
    const content = stressOneOnOne(paper);
    check(await readPdf(await renderDocument(content)), content);
  });

  it.each(['A4', 'LETTER'] as const)('the promotion case with 200 statements on %s', async (paper) => {
    const content = stressPromotionCase(paper);
    check(await readPdf(await renderDocument(content)), content);
  });

  it.each(['roomy', 'compact'] as const)('a filled %s worksheet of 1,000 statements', async (layout) => {
    const content = stressWorksheet('A4', layout);
    check(await readPdf(await renderDocument(content)), content);
  });
});
