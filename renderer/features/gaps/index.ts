/**
 * The gap to the target: the Gaps tab, the headline figures, and the progress panel beside the ratings. What other features and the app frame may use of this feature; the rest is its own.
 */
export { GapHeadline } from './gap-headline';
export { GapsTab } from './gaps-tab';
export { ProgressPanel } from './progress-panel';
export { useGapFigures } from './use-gap-figures';
