/**
 * From content to a react-pdf document: load the fonts the content needs, measure with them, plan the
 * pages. Fonts must be registered first (registerDocumentFonts).
 */
import { Font, type DocumentProps } from '@react-pdf/renderer';
import type { DocumentContent } from '../../shared/documents/document-content';
import type { ReactElement } from 'react';
import { documentFor, documentPages } from './document-for';
import { cjkFontFamily, documentFontFamily, fontStackFor, loadFonts } from './pdf-fonts';
import { TextMeasure, type MeasurableFont } from './text-measure';

function loadedFont(fontFamily: string, fontWeight: 'normal' | 'bold'): MeasurableFont {
  const data: unknown = Font.getFont({ fontFamily, fontWeight }).data;
  const measurable = (value: unknown): value is MeasurableFont =>
    typeof value === 'object' && value !== null && 'glyphForCodePoint' in value && 'unitsPerEm' in value;
  if (!measurable(data)) throw new Error(`the font ${fontFamily} did not load`);
  return data;
}

/** The fonts a content needs, loaded, and a measure made with them. */
export async function measureFor(content: DocumentContent): Promise<{ fontStack: string[]; measure: TextMeasure }> {
  const fontStack = fontStackFor(content);
  await loadFonts(fontStack);
  const measure = new TextMeasure({
    regular: loadedFont(documentFontFamily, 'normal'),
    bold: loadedFont(documentFontFamily, 'bold'),
    fallback: fontStack.includes(cjkFontFamily) ? loadedFont(cjkFontFamily, 'normal') : undefined,
  });
  return { fontStack, measure };
}

/** How many pages a PDF written by react-pdf (pdfkit) has: its page objects are never compressed. */
export function pageCount(bytes: Uint8Array): number {
  return new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page(?!s)/g)?.length ?? 0;
}

/**
 * Makes the PDF. Page numbers are first printed from the plan, which spares react-pdf two more layouts
 * of every page; if any planned page did not fit its sheet, the numbers would be off, so the document
 * is made again with the numbers counted by react-pdf.
 */
export async function makePdf(
  content: DocumentContent,
  write: (document: ReactElement<DocumentProps>) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const { fontStack, measure } = await measureFor(content);
  const pages = documentPages(content, measure);
  const planned = await write(documentFor(pages, content, fontStack, 'planned'));
  if (pageCount(planned) === pages.length) return planned;
  return write(documentFor(pages, content, fontStack, 'counted'));
}
