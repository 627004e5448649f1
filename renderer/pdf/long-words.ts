/**
 * Where a word may break across lines. Words of ordinary length never break (hyphenating names and
 * framework terms would misquote them); a long unbroken run — a URL, a path, a pasted identifier, a
 * line of Chinese — breaks after its separators and otherwise every few characters, never inside a
 * character (an emoji with its modifiers, a letter with its accents), so it cannot run off the page,
 * and never before a closing mark (a line of Chinese does not start with "，").
 */
const longestWhole = 18;
const pieceLength = 6;
const separator = /[/\\.\-_?&=#,;:@+~|)\]}，。、；：！？）」』】》〉]$/u;
/** Marks that close what comes before them: they stay at the end of a line, never start one. */
const closing = /^[,.;:!?)\]}，。、；：！？）」』】》〉]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function breakableParts(word: string): string[] {
  if (word.length <= longestWhole) return [word];
  const parts: string[] = [];
  let current = '';
  let count = 0;
  for (const { segment } of graphemes.segment(word)) {
    const last = parts.at(-1);
    // A closing mark right after a break goes back to the line before it.
    if (current === '' && last !== undefined && closing.test(segment)) {
      parts[parts.length - 1] = last + segment;
      continue;
    }
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

/** A long word of letters in a script written with hyphens, which a line may end in the middle of with one. */
const hyphenatedWord = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}'’]+$/u;

/**
 * A word's parts as react-pdf's line breaking takes them. react-pdf ends a line broken between two
 * parts with a hyphen, and an empty part between two is a break without one. Only a long word of
 * letters (Latin, Greek, Cyrillic) gets the hyphen: an address, a path or an identifier would print
 * with a hyphen it does not have ("retrospective-notes--"), and Chinese or Japanese lines have none.
 */
export function lineBreakParts(word: string): string[] {
  const parts = breakableParts(word);
  if (parts.length < 2 || hyphenatedWord.test(word)) return parts;
  return parts.flatMap((part, index) => (index === 0 ? [part] : ['', part]));
}
