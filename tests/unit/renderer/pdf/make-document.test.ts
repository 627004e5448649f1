/**
 * When a planned page does not fit its sheet, react-pdf carries the rest over: the page count tells,
 * and the numbers are then counted by react-pdf, so "Page n of N" stays true.
 */
import { renderToBuffer, Text } from '@react-pdf/renderer';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentFor } from '../../../../renderer/pdf/document-for';
import type { FlowAtom } from '../../../../renderer/pdf/flow';
import { pageCount } from '../../../../renderer/pdf/make-document';
import { documentFontFamily } from '../../../../renderer/pdf/pdf-fonts';
import { readPdf, registerTestFonts } from './render-for-test';
import { stressOneOnOne, stressText } from './stress-content';

beforeAll(registerTestFonts);

describe('page numbers when a page overflows', () => {
  it('counts the real pages', async () => {
    // An atom that claims a few points but holds three pages of text: the plan is wrong on purpose.
    const lying: FlowAtom = { height: 10, render: (key) => createElement(Text, { key }, stressText(1, 12000)) };
    const content = stressOneOnOne('A4');
    const planned = new Uint8Array(await renderToBuffer(documentFor([[lying]], content, [documentFontFamily], 'planned')));
    expect(pageCount(planned)).toBeGreaterThan(1);

    const counted = new Uint8Array(await renderToBuffer(documentFor([[lying]], content, [documentFontFamily], 'counted')));
    const count = pageCount(counted);
    const pages = await readPdf(counted);
    expect(count).toBe(pages.length);
    pages.forEach((page, index) => expect(page.items.map((item) => item.text).join('')).toContain(`Page ${index + 1} of ${pages.length}`));
  });
});
