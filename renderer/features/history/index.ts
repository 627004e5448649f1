/**
 * A person's history of snapshots. What other features and the app frame may use of this feature; the rest is its own.
 */
export { HistoryTab } from './history-tab';
