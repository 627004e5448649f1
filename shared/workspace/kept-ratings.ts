/**
 * Ratings kept from statements this version of the framework does not have: a new version's import,
 * or an assessment file made with another version, left them without a statement here ("kept, but not
 * shown"). They count nowhere, but what was written on them stays readable, listed apart.
 */
import type { Framework } from '../framework/schema';
import { itemWordings } from '../import/framework-versions';
import type { Rating } from './schema';

export function keptRatings<Kept extends Pick<Rating, 'itemId' | 'recheck'>>(ratings: Iterable<Kept>, framework: Framework): Kept[] {
  const removed = [...ratings].filter((rating) => rating.recheck === 'removed');
  // Most people have none: the framework's statements are gone through only when there are (every rating re-asks).
  if (removed.length === 0) return removed;
  const here = new Set(itemWordings(framework).map((item) => item.id));
  return removed.filter((rating) => !here.has(rating.itemId));
}
