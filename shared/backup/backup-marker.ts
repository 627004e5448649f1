/**
 * What is known of a backup without reading one: the marker it starts with and the tables it holds.
 * Small on purpose: the app's start needs these (routing a dropped file, the lock and the revert point
 * go over every table), while the backup file's schemas load when a backup is made or read.
 */

export const backupFormat = 'waymark-backup';

/** The workspace's tables, in the order a backup holds them (backup-file.ts checks it has exactly these). */
export const workspaceTableNames = [
  'people',
  'ratingsByRater',
  'evidence',
  'snapshots',
  'snapshotRatings',
  'goals',
  'meetings',
  'importedFrameworks',
  'exchangeReceipts',
] as const;

export type WorkspaceTableName = (typeof workspaceTableNames)[number];

/**
 * Whether a file is a Waymark backup (of any format version) rather than a framework, by the marker
 * Waymark writes first. Used to route a dropped file; readBackup then checks it in full.
 */
export function looksLikeBackup(text: string): boolean {
  return new RegExp(`"format"\\s*:\\s*"${backupFormat}"`).test(text.slice(0, 4096));
}
