/**
 * Where a word may break across lines. Words of ordinary length never break (hyphenating names and
 * framework terms would misquote them); a long unbroken run — a URL, a path, a pasted identifier, a
 * line of Chinese — breaks after its separators and otherwise every few characters, never inside a
 * character (an emoji with its modifiers, a letter with its accents), so it cannot run off the page.
 * react-pdf marks such a break with a hyphen.
 */
const longestWhole = 18;
const pieceLength = 6;
const separator = /[/\\.\-_?&=#,;:@+~|)\]}]$/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function breakableParts(word: string): string[] {
  if (word.length <= longestWhole) return [word];
  const parts: string[] = [];
  let current = '';
  let count = 0;
  for (const { segment } of graphemes.segment(word)) {
    current += segment;
    count += 1;
    if (count >= pieceLength || (count >= 2 && separator.test(segment))) {
      parts.push(current);
      current = '';
      count = 0;
    }
  }
  if (current) parts.push(current);
  return parts;
}
