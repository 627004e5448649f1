/**
 * The "Next level" view of a person: what changes at the target level, with their ratings, evidence
 * and goals beside it. What other features and the app frame may use of this feature; the rest is its own.
 */
export { NextLevelTab } from './next-level-tab';
