/**
 * From content to a react-pdf document: load the fonts the content needs, measure with them, plan the
 * pages. Fonts must be registered first (registerDocumentFonts).
 */
import { Font } from '@react-pdf/renderer';
import type { DocumentContent } from '../../shared/documents/document-content';
import { documentFor } from './document-for';
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

export async function makeDocument(content: DocumentContent) {
  const { fontStack, measure } = await measureFor(content);
  return documentFor(content, measure, fontStack);
}
