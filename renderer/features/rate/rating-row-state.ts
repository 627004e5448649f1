/**
 * What one row of the Rate tab reads from the store, as one subscription. The store calls every
 * subscription on every change: a list of 2,000 statements with a subscription per field made each
 * rating click call 14,000 of them, several times over. Each row's selector keeps its last answer and
 * returns that same object while nothing it reads has changed, so the row re-renders only when its own
 * rating, the other raters' answers for it, the rater shown or its "not saved yet" changes.
 */
import type { AppState } from '../../store/app-store';
import type { Rater, Rating, RatingValue } from '../../../shared/workspace/schema';

export interface RatingRowState {
  activeRater: Rater;
  /** The rating of the rater shown. */
  rating: Rating | undefined;
  self: RatingValue | undefined;
  manager: RatingValue | undefined;
  agreed: RatingValue | undefined;
  unsaved: boolean;
}

/** A selector for the row of `itemId`; make one per row (it remembers that row's last answer). */
export function ratingRowState(itemId: string): (state: AppState) => RatingRowState {
  let last: RatingRowState | undefined;
  return (state) => {
    const { activeRater, ratings } = state;
    const rating = ratings[activeRater].get(itemId);
    const self = ratings.self.get(itemId)?.value;
    const manager = ratings.manager.get(itemId)?.value;
    const agreed = ratings.agreed.get(itemId)?.value;
    const unsaved = state.unsavedItemIds.has(itemId);
    if (
      last?.activeRater === activeRater &&
      last.rating === rating &&
      last.self === self &&
      last.manager === manager &&
      last.agreed === agreed &&
      last.unsaved === unsaved
    ) {
      return last;
    }
    last = { activeRater, rating, self, manager, agreed, unsaved };
    return last;
  };
}
