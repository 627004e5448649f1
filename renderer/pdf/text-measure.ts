/**
 * How many lines a text takes, measured with the documents' own fonts, so that pages can be planned
 * before react-pdf lays them out (react-pdf re-lays out everything left after each page it fills, which
 * makes a long flow slow). Lines are broken as react-pdf breaks them: at spaces, at newlines, and inside
 * long words only where `breakableParts` allows. The count errs on the long side; a page planned too
 * full is still broken by react-pdf, so nothing is ever lost (see flow.ts).
 */
import { breakableParts } from './long-words';

/** What is needed of a loaded font (a fontkit font). */
export interface MeasurableFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

export interface Span {
  text: string;
  bold?: boolean | undefined;
  color?: string | undefined;
  /** A web or mail link, made clickable in the PDF. */
  link?: string | undefined;
}

const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** react-pdf's width for the hyphen it adds where a word breaks, in points. */
const hyphenWidth = 5;

export class TextMeasure {
  private readonly widths = new Map<string, number>();

  constructor(private readonly fonts: { regular: MeasurableFont; bold: MeasurableFont; fallback?: MeasurableFont | undefined }) {}

  /** Width of a text at 1 pt, as the font stack draws it (emoji are drawn 1 em wide). */
  private unitWidth(text: string, bold: boolean): number {
    const key = `${bold ? 'b' : 'r'}${text}`;
    const known = this.widths.get(key);
    if (known !== undefined) return known;
    const primary = bold ? this.fonts.bold : this.fonts.regular;
    let width = 0;
    const pieces = emoji.test(text) ? Array.from(graphemes.segment(text), (entry) => entry.segment) : Array.from(text);
    for (const piece of pieces) {
      if (emoji.test(piece)) {
        width += 1;
        continue;
      }
      for (const character of piece) {
        const codePoint = character.codePointAt(0) ?? 0;
        const font =
          primary.hasGlyphForCodePoint(codePoint) || !this.fonts.fallback?.hasGlyphForCodePoint(codePoint) ? primary : this.fonts.fallback;
        width += font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm;
      }
    }
    if (text.length <= 64) this.widths.set(key, width);
    return width;
  }

  /** The width of a text on one line, in points. */
  width(text: string, fontSize: number, bold = false): number {
    return this.unitWidth(text, bold) * fontSize;
  }

  /**
   * Where each line starts, as offsets into the spans' joined text, when set at `fontSize` in `width`
   * points. The first line starts at 0.
   */
  lineStarts(spans: readonly Span[], fontSize: number, width: number): number[] {
    const text = spans.map((span) => span.text).join('');
    const boldAt = boldMask(spans);
    const starts = [0];
    let offset = 0;
    for (const paragraph of text.split('\n')) {
      if (offset > 0) starts.push(offset);
      let used = 0;
      let pendingSpace = 0;
      let position = offset;
      for (const token of paragraph.split(/( +)/)) {
        if (!token) continue;
        if (token.startsWith(' ')) {
          pendingSpace += this.unitWidth(token, boldAt(position)) * fontSize;
          position += token.length;
          continue;
        }
        const parts = breakableParts(token);
        // A long word that fits a line of its own starts one rather than break (breaking costs much more).
        if (parts.length > 1 && used > 0) {
          const whole = this.unitWidth(token, boldAt(position)) * fontSize;
          if (used + pendingSpace + whole > width && whole <= width) {
            starts.push(position);
            used = 0;
            pendingSpace = 0;
          }
        }
        parts.forEach((part, index) => {
          const last = index === parts.length - 1;
          const partWidth = this.unitWidth(part, boldAt(position)) * fontSize + (last ? 0 : hyphenWidth);
          const gap = index === 0 ? pendingSpace : 0;
          if (used > 0 && used + gap + partWidth > width) {
            starts.push(position);
            used = partWidth;
          } else {
            used += gap + partWidth;
          }
          pendingSpace = 0;
          position += part.length;
        });
      }
      offset += paragraph.length + 1;
    }
    return starts;
  }
}

/** Whether the character at an offset is set in bold, for spans of mixed weight. */
function boldMask(spans: readonly Span[]): (offset: number) => boolean {
  if (spans.every((span) => !span.bold)) return () => false;
  if (spans.every((span) => span.bold)) return () => true;
  const ends: { end: number; bold: boolean }[] = [];
  let end = 0;
  for (const span of spans) {
    end += span.text.length;
    ends.push({ end, bold: Boolean(span.bold) });
  }
  return (offset) => ends.find((entry) => offset < entry.end)?.bold ?? false;
}

/** Splits spans at an offset of their joined text; spaces at the cut are dropped from the second part. */
export function splitSpans(spans: readonly Span[], at: number): [Span[], Span[]] {
  const before: Span[] = [];
  const after: Span[] = [];
  let start = 0;
  for (const span of spans) {
    const end = start + span.text.length;
    if (end <= at) before.push(span);
    else if (start >= at) after.push(span);
    else {
      before.push({ ...span, text: span.text.slice(0, at - start) });
      after.push({ ...span, text: span.text.slice(at - start) });
    }
    start = end;
  }
  const first = after[0];
  if (first) {
    const trimmed = first.text.replace(/^[ \n]+/, '');
    if (trimmed) after[0] = { ...first, text: trimmed };
    else after.shift();
  }
  return [before, after];
}
