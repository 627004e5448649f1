/**
 * Rating a person against their target. What other features and the app frame may use of this feature; the rest is its own.
 */
export { RateTab } from './rate-tab';
export { RatingButtons } from './rating-buttons';
export { scaleOf, scaleOptions, type RatingScale } from './rating-scales';
