/**
 * Reads a PDF's text back, page by page, with unpdf (a packaging of Mozilla's pdf.js): what a person,
 * a screen reader or a search gets out of the document Waymark wrote.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(path: string): Promise<{ pages: number; text: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  // Whitespace collapsed: a sentence wrapped over two lines reads as one.
  return { pages: totalPages, text: text.map((page) => page.replace(/\s+/g, ' ')).join('\n') };
}

/**
 * Clicks an export button, waits for the download and reads the document's text back; `keepAt`, when
 * given, keeps a copy of the file there (to look at its pages).
 */
export async function exportAndRead(page: Page, button: string, keepAt?: string): Promise<{ file: string; text: string; pages: number }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  await expect(page.locator('[data-export="saved"]')).toBeVisible();
  const path = await download.path();
  if (keepAt) await copyFile(path, keepAt);
  const { text, pages } = await pdfText(path);
  return { file: download.suggestedFilename(), text, pages };
}
