/**
 * A rating by one rater, as the comparison, the counting and the documents receive it.
 */
import type { Rater, Rating, RatingValue } from '../../../../shared/workspace/schema';

export function ratedBy(itemId: string, rater: Rater, value: RatingValue, overrides: Partial<Rating> = {}): Rating {
  return {
    personId: 'p-zoe',
    frameworkId: 'career-map-infrastructure-frontend',
    rater,
    itemId,
    value,
    updatedAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}
