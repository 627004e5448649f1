/**
 * How much one rating counts towards meeting what is expected.
 *
 * Statements: consistently = 1, partly = ½, not yet = 0. Role-card components: a proficiency at or above
 * the expectation = 1, one step below = ½, lower = 0. "Not applicable" leaves the item out of the
 * count altogether, and an item nobody rated yet is "unrated" — never the same as "not yet".
 */
import type { Proficiency, RatingValue } from '../workspace/schema';

export type ItemScore = number | 'not-applicable' | 'unrated';

/** What counts as meeting a role card's component when the person has not said otherwise. */
export const defaultExpectedProficiency: Proficiency = 3;

export function scoreOf(value: RatingValue | undefined, expectation: Proficiency = defaultExpectedProficiency): ItemScore {
  if (value === undefined) return 'unrated';
  switch (value) {
    case 'not-applicable':
      return 'not-applicable';
    case 'consistently':
      return 1;
    case 'partly':
      return 0.5;
    case 'not-yet':
      return 0;
    default:
      if (value >= expectation) return 1;
      return value === expectation - 1 ? 0.5 : 0;
  }
}
