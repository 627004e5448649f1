/**
 * Characters that no bundled font can draw (a rare kanji outside the CJK font's subset, a script
 * Waymark ships no font for, such as Devanagari). They are taken out of what the PDF is made from, and
 * the export says which ones instead of dropping them in silence. Left to react-pdf, some are dropped
 * and others drawn as whatever the font holds at their glyph number: "प्रिया" came out as "*M0?/>".
 */
import type { DocumentContent } from '../../shared/documents/document-content';
import type { MeasurableFont } from './text-measure';

/** Drawn as images (emoji) or never drawn (joiners, variation selectors, controls): not a font's business. */
const notDrawnByFonts =
  /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u20e3\ufe00-\ufe0f\u{e0020}-\u{e007f}]/u;

/** The distinct characters of `text` that none of `fonts` has, in order of appearance. */
export function missingGlyphs(text: string, fonts: readonly MeasurableFont[]): string[] {
  const missing = new Set<string>();
  const checked = new Set<number>();
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x7f || checked.has(codePoint)) continue;
    checked.add(codePoint);
    if (notDrawnByFonts.test(character) || /\s/u.test(character)) continue;
    if (!fonts.some((font) => font.hasGlyphForCodePoint(codePoint))) missing.add(character);
  }
  return [...missing];
}

/** What the person is told when characters are left out: which, with their code points, and that the rest is complete. */
export function missingGlyphsNote(missing: readonly string[]): string | undefined {
  if (missing.length === 0) return undefined;
  const shown = missing.slice(0, 8).map((character) => {
    const codePoint = character.codePointAt(0) ?? 0;
    return `${character} (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
  });
  const more = missing.length > shown.length ? ` and ${missing.length - shown.length} more` : '';
  const count = missing.length === 1 ? '1 character is' : `${missing.length} characters are`;
  return `${count} not in Waymark’s fonts and left out of the PDF: ${shown.join(', ')}${more}. Everything else is in it.`;
}

/**
 * `content` with every character of `missing` taken out of the text it prints, so the PDF leaves them
 * out as the export says; the spaces around a word taken out whole close up (at either end, they go). A link's address is kept
 * whole (it is where the link goes; it prints as an ASCII address, see printableAddress), and so is the
 * document's title, which is metadata, needing no font.
 */
export function withoutMissingGlyphs(content: DocumentContent, missing: readonly string[]): DocumentContent {
  if (missing.length === 0) return content;
  const leftOut = new Set(missing);
  const strip = (text: string) => {
    const kept = [...text].filter((character) => !leftOut.has(character)).join('');
    return kept === text ? text : kept.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
  };
  // The content is plain data (it crosses to the document worker as such).
  const stripped: DocumentContent = JSON.parse(
    JSON.stringify(content, (key, value: unknown) => (typeof value === 'string' && key !== 'link' ? strip(value) : value)),
  );
  return { ...stripped, meta: { ...stripped.meta, title: content.meta.title } };
}

/** A link's address as printed: any character beyond ASCII percent-encoded, as a browser sends it, so every font has it. */
export function printableAddress(link: string): string {
  return link.replace(/[^\x20-\x7e]+/gu, (run) => encodeURIComponent(run));
}
