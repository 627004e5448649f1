/**
 * Which automatic backups to keep: the ten newest, and the newest of each of the last seven days
 * (so a bad day of edits can be undone from a day before it) — within a size budget, so a large
 * workspace does not fill the disk with copies of itself. Everything else can go.
 */
export interface StoredBackup {
  name: string;
  /** ISO timestamp of when it was written. */
  createdAt: string;
  /** Its size on disk. */
  bytes: number;
}

export const keepNewest = 10;
export const keepDays = 7;
/**
 * All automatic backups together stay within this many bytes: the ones the rules above keep, newest
 * first, until the next would go over. The newest is kept whatever its size.
 */
export const automaticBackupBudgetBytes = 500 * 1024 * 1024;

export function backupsToDelete(backups: readonly StoredBackup[], now: Date, budgetBytes = automaticBackupBudgetBytes): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set(newestFirst.slice(0, keepNewest).map((backup) => backup.name));
  const oldestDay = new Date(now.getTime() - keepDays * 24 * 60 * 60 * 1000).toISOString();
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (backup.createdAt >= oldestDay && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(backup.name);
    }
  }
  let kept = 0;
  let total = 0;
  for (const backup of newestFirst) {
    if (!keep.has(backup.name)) continue;
    if (kept > 0 && total + backup.bytes > budgetBytes) keep.delete(backup.name);
    else {
      kept += 1;
      total += backup.bytes;
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}

/** Writing a backup at most this often while data changes (and once more when the app quits). */
export const automaticBackupIntervalMs = 15 * 60 * 1000;
