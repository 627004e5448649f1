/**
 * Self and manager or coach ratings side by side, with the agreed rating. What other features and the app frame may use of this feature; the rest is its own.
 */
export { CompareTab } from './compare-tab';
