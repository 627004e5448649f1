/**
 * Shaping the same short text again gives the same glyphs. A 1,000-statement promotion case shapes
 * "•", "Rating: Partly", the footer and the date thousands of times — two calls in three repeat one
 * already made — and shaping (fontkit's layout: OpenType substitution and positioning) is about a
 * fifth of react-pdf's layout time. fontkit's layout depends only on the text, the features and the
 * direction, and react-pdf's textkit copies the positions it scales and never changes the glyph list
 * it gets, so one result can serve every repeat.
 */

interface ShapingFont {
  layout: (text: string, features?: unknown, script?: string, language?: string, direction?: string) => unknown;
}

/** Longer texts are rarely repeated (and hold many glyphs); only the short ones are kept. */
const longestKept = 200;
/** Per font; past it the kept results are let go and collected again, which bounds the memory. */
const mostKept = 10_000;

const sharing = new WeakSet<object>();

function isShapingFont(value: unknown): value is ShapingFont {
  return typeof value === 'object' && value !== null && 'layout' in value && typeof value.layout === 'function';
}

/** Makes a loaded font answer a repeated shaping call with the result it gave before. */
export function shareGlyphRuns(font: unknown): void {
  if (!isShapingFont(font) || sharing.has(font)) return;
  sharing.add(font);
  const shape = font.layout.bind(font);
  const kept = new Map<string, unknown>();
  font.layout = (text, features, script, language, direction) => {
    if (text.length > longestKept || script !== undefined || language !== undefined) {
      return shape(text, features, script, language, direction);
    }
    const key = `${direction ?? ''}\u0000${features === undefined ? '' : JSON.stringify(features)}\u0000${text}`;
    const known = kept.get(key);
    if (known !== undefined) return known;
    const shaped = shape(text, features, script, language, direction);
    if (kept.size >= mostKept) kept.clear();
    kept.set(key, shaped);
    return shaped;
  };
}
