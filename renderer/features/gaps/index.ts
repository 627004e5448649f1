/**
 * The gap to the target: the Gaps tab, the headline figures, and the progress panel beside the ratings. What other features and the app frame may use of this feature; the rest is its own.
 */
import { lazyPart } from '../../components/lazy-part';
export { GapHeadline } from './gap-headline';
/** The tab, loaded the first time it is shown (the Rate tab, which the app opens on, needs only the panel). */
export const GapsTab = lazyPart(() => import('./gaps-tab'), 'GapsTab');
export { ProgressPanel } from './progress-panel';
export { useGapFigures } from './use-gap-figures';
