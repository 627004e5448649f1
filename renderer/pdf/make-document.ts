/**
 * From content to a react-pdf document: load the fonts the content needs, measure with them, plan the
 * pages. Fonts must be registered first (registerDocumentFonts).
 */
import { Font, type DocumentProps } from '@react-pdf/renderer';
import type { DocumentContent } from '../../shared/documents/document-content';
import type { ReactElement } from 'react';
import { documentFor, documentPages } from './document-for';
import { shareGlyphRuns } from './glyph-run-cache';
import { missingGlyphs, withoutMissingGlyphs } from './missing-glyphs';
import { documentFontFamily, fontStackFor, loadFonts } from './pdf-fonts';
import { TextMeasure, type MeasurableFont } from './text-measure';

function loadedFont(fontFamily: string, fontWeight: 'normal' | 'bold'): MeasurableFont {
  const data: unknown = Font.getFont({ fontFamily, fontWeight }).data;
  const measurable = (value: unknown): value is MeasurableFont =>
    typeof value === 'object' && value !== null && 'glyphForCodePoint' in value && 'unitsPerEm' in value;
  if (!measurable(data)) throw new Error(`the font ${fontFamily} did not load`);
  shareGlyphRuns(data);
  return data;
}

/**
 * The fonts a content needs, loaded, and a measure made with them; and the characters of the content
 * that none of them can draw.
 */
export async function measureFor(content: DocumentContent): Promise<{ fontStack: string[]; measure: TextMeasure; missing: string[] }> {
  const fontStack = fontStackFor(content);
  await loadFonts(fontStack);
  const regular = loadedFont(documentFontFamily, 'normal');
  const fallbacks = fontStack.filter((family) => family !== documentFontFamily).map((family) => loadedFont(family, 'normal'));
  const measure = new TextMeasure({ regular, bold: loadedFont(documentFontFamily, 'bold'), fallbacks });
  return { fontStack, measure, missing: missingGlyphs(JSON.stringify(content), [regular, ...fallbacks]) };
}

export interface MadePdf {
  bytes: Uint8Array;
  /** Characters of the content that no bundled font has, left out of the PDF (see missing-glyphs.ts). */
  missing: string[];
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
): Promise<MadePdf> {
  const { fontStack, measure, missing } = await measureFor(content);
  const drawable = withoutMissingGlyphs(content, missing);
  const pages = documentPages(drawable, measure);
  const planned = await write(documentFor(pages, drawable, fontStack, 'planned'));
  if (pageCount(planned) === pages.length) return { bytes: planned, missing };
  return { bytes: await write(documentFor(pages, drawable, fontStack, 'counted')), missing };
}
