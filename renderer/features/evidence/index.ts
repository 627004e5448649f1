/**
 * A person's evidence, and the dialog that records it. What other features and the app frame may use of this feature; the rest is its own.
 */
export { EvidenceDialog } from './evidence-dialog';
export { EvidenceTab } from './evidence-tab';
