/**
 * Reads a PDF's text back, page by page, with pdfjs-dist: what a person (or a screen reader, or a
 * search) gets out of the document Waymark wrote.
 */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(path: string): Promise<{ pages: number; text: string }> {
  const data = new Uint8Array(await readFile(path));
  const loading = getDocument({ data, useSystemFonts: false });
  const pdf = await loading.promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    // Lines joined with a space, whitespace collapsed: a sentence wrapped over two lines reads as one.
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' '),
    );
  }
  const count = pdf.numPages;
  await loading.destroy();
  return { pages: count, text: pages.join('\n') };
}
