/**
 * How long each kind of text may be, one rule for every field: long enough for a pasted page of notes
 * (5,000 characters and more), short enough that a name or a title still reads as one in the sidebar,
 * a list and a PDF heading. Over the limit a field says so and is not saved; nothing is cut silently.
 */
import { formatCount } from './count-words';

export const textLimits = {
  /** A person's name. */
  name: 100,
  /** A goal's, an action's or an evidence entry's title. */
  title: 200,
  link: 2_000,
  /** Notes, what happened, talking points, decisions. */
  text: 20_000,
} as const;

export type TextKind = keyof typeof textLimits;

/** From this share of the limit on, the field shows how many characters are left. */
const counterFrom = 0.8;

/** Characters as a person counts them: an emoji or an accented letter is one. */
export function characterCount(value: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(value)].length;
}

export function shouldShowCounter(value: string, kind: TextKind): boolean {
  return value.length >= textLimits[kind] * counterFrom && characterCount(value) >= textLimits[kind] * counterFrom;
}

/** What is wrong with the length, or null. */
export function lengthProblem(value: string, kind: TextKind): string | null {
  const count = value.length > textLimits[kind] ? characterCount(value) : 0;
  if (count <= textLimits[kind]) return null;
  return `This is ${formatCount(count)} characters; at most ${formatCount(textLimits[kind])} fit. Shorten it by ${formatCount(count - textLimits[kind])} to save it.`;
}

export function counterText(value: string, kind: TextKind): string {
  return `${formatCount(characterCount(value))} of ${formatCount(textLimits[kind])} characters`;
}
