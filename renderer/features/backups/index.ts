/**
 * Backups: saving, restoring and the automatic backups. What other features and the app frame may use of this feature; the rest is its own.
 */
export { BackupsScreen } from './backups-screen';
