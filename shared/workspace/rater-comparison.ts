/**
 * The person's own rating beside their manager's or coach's, statement by statement: how far apart
 * they are, and which disagreements are worth talking about (two steps or more, or one finding the
 * statement not applicable where the other rates it).
 */
import type { Rater, Rating, RatingValue } from './schema';

/** Disagreements this many steps apart or more are flagged. */
export const flaggedStepCount = 2;

const stateSteps: Record<string, number> = { 'not-yet': 0, partly: 1, consistently: 2 };

/**
 * Steps between two ratings on the same scale: not yet, partly, consistently (0–2), or proficiency 0–4.
 * "applicability" when exactly one of them is "not applicable"; null when either is missing.
 */
export function ratingDistance(a: RatingValue | undefined, b: RatingValue | undefined): number | 'applicability' | null {
  if (a === undefined || b === undefined) return null;
  if (a === 'not-applicable' || b === 'not-applicable') return a === b ? 0 : 'applicability';
  const step = (value: RatingValue) => (typeof value === 'number' ? value : (stateSteps[value] ?? 0));
  return Math.abs(step(a) - step(b));
}

export function isFlagged(distance: ReturnType<typeof ratingDistance>): boolean {
  return distance === 'applicability' || (typeof distance === 'number' && distance >= flaggedStepCount);
}

export interface ComparedItem<T> {
  item: T;
  self?: Rating | undefined;
  manager?: Rating | undefined;
  agreed?: Rating | undefined;
  distance: ReturnType<typeof ratingDistance>;
  flagged: boolean;
}

/** Each item with every rater's rating of it, in the items' order. */
export function compareRaters<T extends { id: string }>(items: readonly T[], ratings: Iterable<Rating>): ComparedItem<T>[] {
  const byItem = new Map<string, Partial<Record<Rater, Rating>>>();
  for (const rating of ratings) byItem.set(rating.itemId, { ...byItem.get(rating.itemId), [rating.rater]: rating });
  return items.map((item) => {
    const { self, manager, agreed } = byItem.get(item.id) ?? {};
    const distance = ratingDistance(self?.value, manager?.value);
    return { item, self, manager, agreed, distance, flagged: isFlagged(distance) };
  });
}

/** How the comparison adds up: rated by both, the same, apart, flagged, agreed. */
export function comparisonCounts(compared: readonly ComparedItem<unknown>[]) {
  const both = compared.filter((entry) => entry.distance !== null);
  return {
    both: both.length,
    same: both.filter((entry) => entry.distance === 0).length,
    flagged: compared.filter((entry) => entry.flagged).length,
    flaggedAgreed: compared.filter((entry) => entry.flagged && entry.agreed).length,
    agreed: compared.filter((entry) => entry.agreed).length,
  };
}
