/**
 * Word-level differences between two wordings of a statement, as the level changes and the "Next
 * level" view show a rewording: the words kept, the words added at the higher level and the words it
 * no longer says. The diff itself is the `diff` library's (Myers' algorithm over words); words are cut
 * by Intl.Segmenter, so Chinese or Japanese text without spaces still splits into words.
 */
import { diffArrays, diffWords } from 'diff';

export type WordChangeKind = 'same' | 'added' | 'removed';

export interface WordChange {
  kind: WordChangeKind;
  text: string;
}

// Made on first use: a word segmenter loads the break dictionaries (~90 ms), which the start need not wait for.
let wordSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return wordSegmenter;
}

/** How `before` became `after`, word by word, in reading order (a removed run before the run that replaces it). */
export function wordChanges(before: string, after: string): WordChange[] {
  return diffWords(before, after, { intlSegmenter: segmenter() }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * How many words of a wording are compared, from its start: a statement has a few dozen; a text of
 * thousands (a file's, pasted or hostile) is compared by its beginning, so comparing two stays quick.
 */
const mostWordsCompared = 400;

/** A text's first words as the segmenter finds them, spaces and punctuation left out. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const segment of segmenter().segment(text)) {
    if (!segment.isWordLike) continue;
    words.push(segment.segment);
    if (words.length === mostWordsCompared) break;
  }
  return words;
}

/** The share of words two wordings have in common, in order (the `diff` library's array diff), of all their words. */
function similarityOfWords(before: readonly string[], after: readonly string[]): number {
  const total = before.length + after.length;
  if (total === 0) return 1;
  const kept = diffArrays([...before], [...after])
    .filter((change) => !change.added && !change.removed)
    .reduce((sum, change) => sum + change.value.length, 0);
  return (2 * kept) / total;
}

/**
 * How alike two wordings are: the words they share over the words they have, 0 (nothing shared) to 1
 * (the same words). Used to pair a statement with the one it rewords when an area has several.
 */
export function wordSimilarity(before: string, after: string): number {
  return similarityOfWords(wordsOf(before), wordsOf(after));
}

/**
 * Below this share of words in common, two statements of an area that has several are different
 * statements, not one reworded ("Testing: …" and "Security: …" share little but "and").
 */
const rewordingSimilarity = 0.2;

/**
 * Pairs each of `later` with the one of `earlier` it rewords (later → earlier): the most alike first,
 * down to `rewordingSimilarity`; where one is left on each side, a rewording whatever its words, unless
 * `mayPairLast` says the two are different things.
 */
export function pairByWords<Item>(
  earlier: readonly Item[],
  later: readonly Item[],
  textOf: (item: Item) => string,
  mayPairLast: (from: Item, to: Item) => boolean = () => true,
): Map<Item, Item> {
  const pairs = new Map<Item, Item>();
  const taken = new Set<Item>();
  // Each item's words found once, not once for every item it is compared with.
  const earlierWords = earlier.map((item) => wordsOf(textOf(item)));
  const candidates = later
    .flatMap((to) => {
      const words = wordsOf(textOf(to));
      return earlier.map((from, index) => ({ from, to, similarity: similarityOfWords(earlierWords[index] ?? [], words) }));
    })
    .sort((a, b) => b.similarity - a.similarity);
  for (const { from, to, similarity } of candidates) {
    if (similarity < rewordingSimilarity) break;
    if (pairs.has(to) || taken.has(from)) continue;
    pairs.set(to, from);
    taken.add(from);
  }
  const leftEarlier = earlier.filter((item) => !taken.has(item));
  const leftLater = later.filter((item) => !pairs.has(item));
  const [onlyFrom] = leftEarlier;
  const [onlyTo] = leftLater;
  if (leftEarlier.length === 1 && leftLater.length === 1 && onlyFrom && onlyTo && mayPairLast(onlyFrom, onlyTo))
    pairs.set(onlyTo, onlyFrom);
  return pairs;
}

/** A run of unchanged words left out of a condensed diff. */
export interface ElidedWords {
  kind: 'elided';
  /** How many words were left out. */
  words: number;
}

/**
 * The changes with long unchanged stretches cut down to `context` words either side of a change, so
 * a reworded paragraph reads as what changed: "… with clarity and influence" instead of the whole of it.
 */
export function condensedChanges(changes: readonly WordChange[], context = 4): (WordChange | ElidedWords)[] {
  return changes.flatMap((change, index): (WordChange | ElidedWords)[] => {
    if (change.kind !== 'same') return [change];
    const parts = [...segmenter().segment(change.text)];
    const wordIndexes = parts.flatMap((part, at) => (part.isWordLike ? [at] : []));
    const keepBefore = index > 0 ? context : 0;
    const keepAfter = index < changes.length - 1 ? context : 0;
    if (wordIndexes.length <= keepBefore + keepAfter + 1) return [change];
    // Keep whole segments (words with their spaces and punctuation) up to the cut points.
    const headEnd = keepBefore > 0 ? (wordIndexes[keepBefore] ?? parts.length) : 0;
    const tailStart = keepAfter > 0 ? (wordIndexes[wordIndexes.length - keepAfter] ?? parts.length) : parts.length;
    const text = (from: number, to: number) =>
      parts
        .slice(from, to)
        .map((part) => part.segment)
        .join('');
    const result: (WordChange | ElidedWords)[] = [];
    if (headEnd > 0) result.push({ kind: 'same', text: text(0, headEnd) });
    result.push({ kind: 'elided', words: wordIndexes.length - keepBefore - keepAfter });
    if (tailStart < parts.length) result.push({ kind: 'same', text: text(tailStart, parts.length) });
    return result;
  });
}
