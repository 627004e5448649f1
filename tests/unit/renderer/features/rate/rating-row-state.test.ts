/**
 * A Rate row's one subscription: the same answer (so no re-render) while nothing the row reads has
 * changed, a new one as soon as something it shows does.
 */
import { describe, expect, it } from 'vitest';
import { ratingRowState } from '../../../../../renderer/features/rate/rating-row-state';
import { createAppStore } from '../../../../../renderer/store/app-store';
import type { Rater, Rating, RatingValue } from '../../../../../shared/workspace/schema';

function rating(itemId: string, value: RatingValue, rater: Rater = 'self'): Rating {
  return { personId: 'p', frameworkId: 'f', rater, itemId, value, updatedAt: '2026-12-01T10:00:00.000Z' };
}

function withRating(store: ReturnType<typeof createAppStore>, given: Rating): void {
  const { ratings } = store.getState();
  store.setState({ ratings: { ...ratings, [given.rater]: new Map(ratings[given.rater]).set(given.itemId, given) } });
}

describe('ratingRowState', () => {
  it('answers with the same object while other rows change, and anew when its own rating does', () => {
    const store = createAppStore();
    const select = ratingRowState('a');
    const first = select(store.getState());
    expect(first).toMatchObject({ activeRater: 'self', rating: undefined, unsaved: false });

    withRating(store, rating('b', 'consistently'));
    store.setState({ unsavedItemIds: new Set(['b']) });
    expect(select(store.getState())).toBe(first);

    const own = rating('a', 'partly');
    withRating(store, own);
    const rated = select(store.getState());
    expect(rated).not.toBe(first);
    expect(rated).toMatchObject({ rating: own, self: 'partly' });
    expect(select(store.getState())).toBe(rated);
  });

  it('answers anew when another rater rates the row, the rater shown changes, or the row waits to be saved', () => {
    const store = createAppStore();
    const select = ratingRowState('a');
    const before = select(store.getState());

    withRating(store, rating('a', 'not-yet', 'manager'));
    const managerRated = select(store.getState());
    expect(managerRated).not.toBe(before);
    expect(managerRated).toMatchObject({ manager: 'not-yet', rating: undefined });

    store.setState({ activeRater: 'manager' });
    const managerShown = select(store.getState());
    expect(managerShown).toMatchObject({ activeRater: 'manager', rating: { value: 'not-yet' } });

    store.setState({ unsavedItemIds: new Set(['a']) });
    expect(select(store.getState())).toMatchObject({ unsaved: true });
  });
});
