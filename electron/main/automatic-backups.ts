/**
 * Automatic backups on the desktop: files in the user-data folder's `backups`, written atomically
 * (a temporary file renamed into place, so a crash never leaves half a backup), pruned to the ten
 * newest plus one a day for a week, listed for the app, and read back by name only.
 *
 * Writes to one folder run one at a time (the timer, a change and the quit can ask at once), so two
 * never list and prune the folder over each other. Temporary files left by a write cut off at quit are
 * removed before the first write of each run.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToDelete, type StoredBackup } from '../../shared/backup/retention';
import type { AutomaticBackupEntry, OpenedFile, SaveOutcome } from '../../shared/ipc/contract';
import { errorCode, errorMessage } from '../../shared/errors/error-message';

const namePattern = /^waymark-auto-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.json$/;

export function automaticBackupName(now: Date): string {
  return `waymark-auto-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

function createdAtOf(name: string): string | undefined {
  const stamp = namePattern.exec(name)?.[1];
  if (!stamp) return undefined;
  // 2026-11-23T10-00-00-000Z → 2026-11-23T10:00:00.000Z
  return stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
}

export async function listAutomaticBackups(dir: string): Promise<AutomaticBackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const entries = await Promise.all(
    names.map(async (name) => {
      const createdAt = createdAtOf(name);
      if (!createdAt) return undefined;
      const { size } = await stat(join(dir, name));
      return { name, createdAt, bytes: size };
    }),
  );
  return entries
    .filter((entry): entry is AutomaticBackupEntry => entry !== undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The last write queued for each folder; the next one starts when it has settled. */
const queues = new Map<string, Promise<unknown>>();
/** Folders whose stale temporary files this run has already removed. */
const swept = new Set<string>();

export function writeAutomaticBackup(dir: string, json: string, now = new Date()): Promise<SaveOutcome> {
  const queued = (queues.get(dir) ?? Promise.resolve()).then(() => writeNow(dir, json, now));
  queues.set(
    dir,
    queued.catch(() => undefined),
  );
  return queued;
}

/** Removes `.partial` files: none is being written while the queue runs this, so every one is left over. */
async function removeStalePartials(dir: string): Promise<void> {
  if (swept.has(dir)) return;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(names.filter((name) => name.endsWith('.partial')).map((name) => rm(join(dir, name), { force: true })));
  swept.add(dir);
}

async function writeNow(dir: string, json: string, now: Date): Promise<SaveOutcome> {
  const name = automaticBackupName(now);
  const path = join(dir, name);
  try {
    await removeStalePartials(dir);
    await mkdir(dir, { recursive: true });
    await writeFile(`${path}.partial`, json, { flush: true });
    await rename(`${path}.partial`, path);
  } catch (error) {
    await rm(`${path}.partial`, { force: true }).catch(() => undefined);
    const code = errorCode(error);
    const reason = code === 'ENOSPC' ? 'the disk is full' : errorMessage(error);
    return {
      outcome: 'failed',
      message: `The automatic backup could not be written to ${dir}: ${reason}. Your workspace is unchanged; free some space and it will be written next time.`,
    };
  }
  try {
    const stored: StoredBackup[] = await listAutomaticBackups(dir);
    await Promise.all(backupsToDelete(stored, now).map((old) => rm(join(dir, old), { force: true })));
  } catch {
    // The backup is written; old ones that could not be pruned now are pruned after the next write.
  }
  return { outcome: 'saved', location: path };
}

/** Only names this module wrote are read: no path from the page can reach another file. */
export async function readAutomaticBackup(dir: string, name: string): Promise<OpenedFile> {
  if (!namePattern.test(name)) return { outcome: 'failed', message: `“${name}” is not an automatic backup.` };
  try {
    return { outcome: 'opened', fileName: name, text: await readFile(join(dir, name), 'utf8') };
  } catch (error) {
    return { outcome: 'failed', message: `${name} could not be read (${errorMessage(error)}).` };
  }
}
