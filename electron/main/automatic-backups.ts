/**
 * Automatic backups on the desktop: files in the user-data folder's `backups`, written in parts as the
 * page sends them and atomically (a temporary file renamed into place, so a crash never leaves half a
 * backup), pruned to the ten newest plus one a day for a week within a size budget, listed for the
 * app, and read back by name only.
 *
 * Writes to one folder run one at a time (the timer, a change and the quit can ask at once), so two
 * never list and prune the folder over each other. Temporary files left by a write cut off at quit are
 * removed before the first write of each run.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsToDelete, type StoredBackup } from '../../shared/backup/retention';
import type { AutomaticBackupEntry, OpenedFile, SaveOutcome } from '../../shared/ipc/contract';
import { errorCode, errorMessage } from '../../shared/errors/error-message';
import { abandonParts, appendPart, beginParts, finishParts } from './file-in-parts';

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

/** A backup being written in parts (file-in-parts.ts): where, and the turn it holds in its folder's queue. */
interface OpenBackup {
  dir: string;
  now: Date;
  /** Lets the folder's next write start. */
  release: () => void;
}

const openBackups = new Map<string, OpenBackup>();

/**
 * Starts an automatic backup written in parts (the page sends the file in chunks, so neither side
 * ever holds it whole as one message). Waits for the folder's previous write; resolves to the id the
 * parts are sent under.
 */
export async function beginAutomaticBackup(dir: string, now = new Date()): Promise<string> {
  let release = () => {};
  const turn = new Promise<void>((resolve) => (release = resolve));
  const previous = queues.get(dir) ?? Promise.resolve();
  queues.set(
    dir,
    previous.then(() => turn),
  );
  await previous;
  const entry: OpenBackup = { dir, now, release };
  // Its failure to start, if any, is reported when it is finished, like a part's.
  const { writeId } = await beginParts({
    owner: 'automatic-backup',
    path: join(dir, automaticBackupName(now)),
    prepare: async () => {
      await removeStalePartials(dir);
      await mkdir(dir, { recursive: true });
    },
    abandoned: (abandonedId) => {
      openBackups.delete(abandonedId);
      release();
    },
  });
  openBackups.set(writeId, entry);
  return writeId;
}

/** Appends the next part; a failure is kept and reported when the write is finished. */
export function appendAutomaticBackup(writeId: string, bytes: Uint8Array): Promise<void> {
  return appendPart('automatic-backup', writeId, bytes);
}

/** Puts the finished file in place (flushed to disk, then renamed), prunes the folder, and says how it went. */
export async function finishAutomaticBackup(writeId: string): Promise<SaveOutcome> {
  const entry = openBackups.get(writeId);
  openBackups.delete(writeId);
  const written = await finishParts('automatic-backup', writeId);
  if (!entry || written.outcome === 'gone') {
    entry?.release();
    return {
      outcome: 'failed',
      message: 'The automatic backup was not written: it took too long and was abandoned. It is tried again after the next change.',
    };
  }
  if (written.outcome === 'failed') {
    entry.release();
    const code = errorCode(written.error);
    const reason = code === 'ENOSPC' ? 'the disk is full' : errorMessage(written.error);
    return {
      outcome: 'failed',
      message: `The automatic backup could not be written to ${entry.dir}: ${reason}. Your workspace is unchanged; free some space and it will be written next time.`,
    };
  }
  try {
    const stored: StoredBackup[] = await listAutomaticBackups(entry.dir);
    await Promise.all(backupsToDelete(stored, entry.now).map((old) => rm(join(entry.dir, old), { force: true })));
  } catch {
    // The backup is written; old ones that could not be pruned now are pruned after the next write.
  } finally {
    entry.release();
  }
  return { outcome: 'saved', location: written.path };
}

/** Drops a write the page could not finish: its temporary file goes, and the folder's next write may start. */
export function abandonAutomaticBackup(writeId: string): Promise<void> {
  return abandonParts('automatic-backup', writeId);
}

/** A whole backup in one go: begun, written in one part and finished. */
export async function writeAutomaticBackup(dir: string, text: string, now = new Date()): Promise<SaveOutcome> {
  const writeId = await beginAutomaticBackup(dir, now);
  await appendAutomaticBackup(writeId, new TextEncoder().encode(text));
  return finishAutomaticBackup(writeId);
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
  // Only this module's: the hidden `.waymark-auto-….partial` of file-in-parts.ts, and the older `waymark-auto-….partial`.
  const stale = names.filter((name) => /^\.?waymark-auto-.*\.partial$/.test(name));
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  swept.add(dir);
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
