/**
 * Where a word may break across lines. Words of ordinary length never break (hyphenating names and
 * framework terms would misquote them); a long unbroken run — a URL, a path, a pasted identifier —
 * breaks after its separators and otherwise every few characters, never inside a character (an emoji
 * with its modifiers, a letter with its accents), so it cannot run off the page. Chinese and Japanese,
 * written without spaces, break between any two characters, as they are set, except before a closing
 * mark or after an opening one (a line does not start with "，" nor end with "「").
 */
const longestWhole = 18;
const pieceLength = 6;
const separator = /[/\\.\-_?&=#,;:@+~|)\]}]$/u;
/** Marks that close what comes before them: they stay at the end of a line, never start one. */
const closing = /^[,.;:!?)\]}、。，．：；！？）］｝」』】〕〉》〙〗・ー…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々]/u;
/** Marks that open what comes after them: they never end a line. */
const opening = /^[([{（［｛「『【〔〈《〘〖]/u;
/** Characters set without spaces, each a place a line may break: Chinese, Japanese, and their punctuation. */
const unspaced = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef…‥]/u;
/** Keeps a run of closing marks from growing into a piece wider than a line ("！！！！…" still breaks). */
const mostMarksKept = 3;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A long run without spaces in pieces: after separators, else every few characters. */
function longRunParts(run: string): string[] {
  if (run.length <= longestWhole) return [run];
  const parts: string[] = [];
  let current = '';
  let count = 0;
  for (const { segment } of graphemes.segment(run)) {
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

/**
 * A word holding Chinese or Japanese in pieces: each such character one (a closing mark kept with the
 * one before it, an opening mark with the one after it), and any other run in it as a word of its own.
 */
function unspacedParts(word: string): string[] {
  const parts: string[] = [];
  let other = '';
  let kept = 0;
  let openPending = '';
  const flushOther = () => {
    if (other) parts.push(...longRunParts(other));
    other = '';
  };
  for (const { segment } of graphemes.segment(word)) {
    const last = parts.at(-1);
    // A closing mark right after a Chinese or Japanese character, of either width ("中文,英文"), stays with it.
    const closesLast = !other && !openPending && last !== undefined && closing.test(segment) && kept < mostMarksKept;
    if (!unspaced.test(segment) && !closesLast) {
      other += openPending + segment;
      openPending = '';
      continue;
    }
    if (closesLast) {
      parts[parts.length - 1] = last + segment;
      kept += 1;
      continue;
    }
    flushOther();
    if (opening.test(segment)) {
      openPending += segment;
      continue;
    }
    parts.push(openPending + segment);
    openPending = '';
    kept = 0;
  }
  flushOther();
  if (openPending) parts.push(openPending);
  return parts;
}

export function breakableParts(word: string): string[] {
  return [...word].some((char) => unspaced.test(char)) ? unspacedParts(word) : longRunParts(word);
}

/** A long word of letters in a script written with hyphens (punctuation around it aside, soft hyphens in it). */
const hyphenatedWord = /^[\p{P}]*[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}'’\u00ad]+[\p{P}]*$/u;

/**
 * A word's parts as react-pdf's line breaking takes them. react-pdf ends a line broken between two
 * parts with a hyphen, and an empty part between two is a break without one. Only a long word of
 * letters (Latin, Greek, Cyrillic) gets the hyphen: an address, a path or an identifier would print
 * with a hyphen it does not have ("retrospective-notes--"), and Chinese or Japanese lines have none —
 * their words also start and end with a break without one, where the text around them changes font.
 */
export function lineBreakParts(word: string): string[] {
  const parts = breakableParts(word);
  const between = parts.flatMap((part, index) => (index === 0 ? [part] : ['', part]));
  if ([...word].some((char) => unspaced.test(char))) return ['', ...between, ''];
  if (parts.length < 2 || hyphenatedWord.test(word)) return parts;
  return between;
}
