/**
 * A person's evidence, and the dialog that records it. What other features and the app frame may use of this feature; the rest is its own.
 */
import { lazyPart } from '../../components/lazy-part';
export { EvidenceDialog } from './evidence-dialog';
/** The tab, loaded the first time it is shown (the Rate tab, which the app opens on, needs only the dialog). */
export const EvidenceTab = lazyPart(() => import('./evidence-tab'), 'EvidenceTab');
