/**
 * Which rating counts, in one place. A statement can carry three ratings — the person's own, their
 * manager's or coach's, and the agreed one — and every gap, chart, snapshot and document measures the
 * ones this function picks: by default, per item, the agreed rating, else the manager's, else the
 * person's own; or only one rater's, when someone asks to see that.
 */
import type { RatingLookup } from '../gap/area-gap';
import type { Rater, RatingValue, Relationship } from './schema';

/** The default order, first found wins. */
export const raterPrecedence: readonly Rater[] = ['agreed', 'manager', 'self'];

/** What the figures are measured on: the default order, or one rater's ratings only. */
export type RatingBasis = 'preferred' | Rater;

export const ratingBases: readonly RatingBasis[] = ['preferred', 'agreed', 'manager', 'self'];

interface RaterRating {
  itemId: string;
  rater: Rater;
  recheck?: 'reworded' | 'removed' | undefined;
}

/**
 * The rating that counts for each item, whole (value, note, date, rater), by item id. A rating kept
 * from a statement this version of the framework does not have (shared/workspace/kept-ratings.ts)
 * counts for nothing.
 */
export function countedRatings<R extends RaterRating>(ratings: Iterable<R>, basis: RatingBasis = 'preferred'): Map<string, R> {
  const order = basis === 'preferred' ? raterPrecedence : [basis];
  const counted = new Map<string, R>();
  for (const rating of ratings) {
    const rank = order.indexOf(rating.rater);
    if (rank < 0 || rating.recheck === 'removed') continue;
    const held = counted.get(rating.itemId);
    if (!held || rank < order.indexOf(held.rater)) counted.set(rating.itemId, rating);
  }
  return counted;
}

/** The counted ratings as plain values, for the gap logic. */
export function countedValues(ratings: Iterable<RaterRating & { value: RatingValue }>, basis: RatingBasis = 'preferred'): RatingLookup {
  return new Map([...countedRatings(ratings, basis)].map(([itemId, rating]) => [itemId, rating.value]));
}

/** How many of the counted ratings each rater gave. */
export function countsByRater(counted: ReadonlyMap<string, RaterRating>): Record<Rater, number> {
  const counts: Record<Rater, number> = { agreed: 0, manager: 0, self: 0 };
  for (const rating of counted.values()) counts[rating.rater] += 1;
  return counts;
}

/** "Manager" for a report, "Coach" for a client; for yourself, whoever reviews you. */
export function reviewerLabel(relationship: Relationship): string {
  if (relationship === 'client') return 'Coach';
  if (relationship === 'report') return 'Manager';
  return 'Manager or coach';
}

export function raterLabel(rater: Rater, relationship: Relationship): string {
  if (rater === 'manager') return reviewerLabel(relationship);
  return rater === 'agreed' ? 'Agreed' : 'Self';
}

/** The basis in words, as the gap screen and the documents state it. */
export function basisLabel(basis: RatingBasis, relationship: Relationship): string {
  const reviewer = reviewerLabel(relationship).toLowerCase();
  switch (basis) {
    case 'preferred':
      return `agreed ratings, else the ${reviewer}’s, else self-ratings`;
    case 'agreed':
      return 'agreed ratings only';
    case 'manager':
      return `the ${reviewer}’s ratings only`;
    case 'self':
      return 'self-ratings only';
  }
}

/**
 * The line a gap or a document prints: the basis, and under the default order how many of the ratings
 * came from each rater ("Measured on agreed ratings, else the manager’s, else self-ratings: 4 agreed,
 * 10 manager, 31 self").
 */
export function basisLine(basis: RatingBasis, relationship: Relationship, counted: ReadonlyMap<string, RaterRating>): string {
  const head = `Measured on ${basisLabel(basis, relationship)}`;
  if (basis !== 'preferred') return head;
  const counts = countsByRater(counted);
  const parts = raterPrecedence.filter((rater) => counts[rater] > 0).map((rater) => `${counts[rater]} ${rater}`);
  return parts.length > 0 ? `${head}: ${parts.join(', ')}` : head;
}
