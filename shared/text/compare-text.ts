/**
 * Putting names and labels in order as the reader's language does ("Émile" beside "Emma", "Zoë" after
 * "Zoe"), one way everywhere. Each comparison goes through one collator, made on first use: making
 * one costs the browser about 10 ms, which a start with one person need not wait for, and
 * `localeCompare` with options builds a new one for every pair, which at 300 people froze the window.
 */
import type { Person } from '../workspace/schema';
import { displayName } from '../workspace/labels';

let words: Intl.Collator | undefined;
let numbered: Intl.Collator | undefined;

/** Two texts in the reader's order. */
export function compareText(a: string, b: string): number {
  words ??= new Intl.Collator();
  return words.compare(a, b);
}

/** Two texts in the reader's order, with the numbers in them taken as numbers ("L2" before "L10"). */
export function compareNumbered(a: string, b: string): number {
  numbered ??= new Intl.Collator(undefined, { numeric: true });
  return numbered.compare(a, b);
}

/** How people are listed everywhere: "me" first, then by the name shown. */
export function comparePeople(a: Pick<Person, 'name' | 'relationship'>, b: Pick<Person, 'name' | 'relationship'>): number {
  return Number(b.relationship === 'me') - Number(a.relationship === 'me') || compareText(displayName(a), displayName(b));
}
