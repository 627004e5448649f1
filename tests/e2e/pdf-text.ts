/**
 * Reads a PDF's text back, page by page, with unpdf (a packaging of Mozilla's pdf.js): what a person,
 * a screen reader or a search gets out of the document Waymark wrote.
 */
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(path: string): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  // Whitespace collapsed: a sentence wrapped over two lines reads as one.
  return { pages: totalPages, text: text.map((page) => page.replace(/\s+/g, ' ')).join('\n') };
}
