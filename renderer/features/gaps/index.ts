/**
 * The gap to the target: the Gaps tab, and the progress panel beside the ratings. What other features and the app frame may use of this feature; the rest is its own.
 */
export { GapsTab } from './gaps-tab';
export { ProgressPanel } from './progress-panel';
