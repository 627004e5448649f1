/**
 * What changed between two sets of ratings, statement by statement: every item whose rating differs
 * (rated, changed or cleared), in the mapping's own order, so History can say "before → after" and not
 * only draw two shapes.
 */
import type { RatingLookup } from '../gap/area-gap';
import type { MappedItem } from './mapping-items';
import type { RatingValue } from './schema';

export interface RatingChange {
  item: MappedItem;
  before: RatingValue | undefined;
  after: RatingValue | undefined;
}

export function ratingChanges(items: readonly MappedItem[], before: RatingLookup, after: RatingLookup): RatingChange[] {
  return items.flatMap((item) => {
    const was = before.get(item.id);
    const now = after.get(item.id);
    return was === now ? [] : [{ item, before: was, after: now }];
  });
}
