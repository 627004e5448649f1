/**
 * The passphrase lock: whether a workspace is locked, unlocking it, and turning the lock on, changing
 * it or turning it off. Each change rewrites every record (sealed with the new key, or plain again),
 * the revert point's too, and the lock's settings, in one strict transaction: after a crash the
 * workspace is either as it was or entirely in its new state, never "locked" over plain records.
 */
import { workspaceTableNames } from '../../shared/backup/backup-marker';
import { firstPage, nextPage } from './paged-read';
import { deriveKey, minimumPassphraseLength, newSalt, pbkdf2Iterations, seal, unseal } from './sealing';
import { isSealedRow, setReplacedKey, setWorkspaceKey, workspaceKey } from './sealing-middleware';
import { inOneStrictTransaction, saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { WorkspaceError } from './workspace-error';
import { readLockSettings, type LockSettings } from './workspace-settings';

const checkText = 'waymark';

/** Every table whose records are sealed while the workspace is locked: the workspace's own and the revert point's. */
export const sealedTableNames = [...workspaceTableNames, 'revertRecords'] as const;

/** How the records on disk stand against the lock's settings. */
export interface LockState {
  locked: boolean;
  /**
   * Records stored plain, each record of a revert-point page counted; with the lock on, these disagree
   * with it (an interrupted lock, or data from an earlier version).
   */
  plainRecords: number;
  /** Rows stored sealed (a revert-point page of records counts once: sealed, it cannot be told apart); with the lock off, nothing can open these. */
  sealedRecords: number;
}

/**
 * Reads the lock's settings and looks at the records as they are on disk, without opening any. A
 * locked workspace whose settings say every record was sealed at this schema version, and an unlocked
 * one, have only the first record of each table looked at: enough to find one sealed by a lost key, or
 * plain under the lock, without reading the whole workspace at every start (a big workspace's start
 * took seconds). Otherwise (settings from an earlier version, a schema upgrade since, or a plain first
 * record under the lock) every record is looked at, as each plain one must be found to be sealed.
 */
export async function lockState(db: WorkspaceDatabase): Promise<LockState> {
  // The settings and the first record of each table are read side by side: at start, one trip to the
  // database instead of two. Every record is read only when the sample cannot answer.
  const [settings, sampled] = await Promise.all([readLockSettings(db), lookAtRecords(db, false)]);
  const locked = settings !== undefined;
  const knownSealed = settings?.allSealedAtVersion === db.verno;
  if (!locked || (knownSealed && sampled.plainRecords === 0)) return { locked, ...sampled };
  return { locked, ...(await lookAtRecords(db, true)) };
}

/**
 * How many records a row stored plain holds: one, or a revert-point row's page of them. Never 0 (a page
 * may be empty): a plain row is what the lock must seal, whatever it holds.
 */
function recordsInPlainRow(table: (typeof sealedTableNames)[number], row: unknown): number {
  if (table !== 'revertRecords') return 1;
  const records = typeof row === 'object' && row !== null && 'records' in row ? row.records : undefined;
  return Array.isArray(records) ? Math.max(1, records.length) : 1;
}

/** Counts plain and sealed records as stored: every one, or the first of each table. */
async function lookAtRecords(db: WorkspaceDatabase, everyRecord: boolean): Promise<Omit<LockState, 'locked'>> {
  // The connection's own IndexedDB database, beneath Dexie and the sealing middleware: the rows exactly
  // as stored, without opening the database a second time.
  const stored = db.backendDB().transaction([...sealedTableNames], 'readonly');
  let plainRecords = 0;
  let sealedRecords = 0;
  await Promise.all(
    sealedTableNames.map(
      (table) =>
        new Promise<void>((resolve, reject) => {
          const request = stored.objectStore(table).openCursor();
          request.onsuccess = () => {
            const cursor = request.result;
            if (!cursor) return resolve();
            if (isSealedRow(cursor.value)) sealedRecords += 1;
            else plainRecords += recordsInPlainRow(table, cursor.value);
            if (everyRecord) cursor.continue();
            else resolve();
          };
          request.onerror = () => reject(request.error ?? new Error(`the records of ${table} could not be read`));
        }),
    ),
  );
  return { plainRecords, sealedRecords };
}

/** Derives the key from the passphrase and keeps it for this session; false for a wrong passphrase. */
export async function unlockWorkspace(db: WorkspaceDatabase, passphrase: string): Promise<boolean> {
  const settings = await readLockSettings(db);
  return !settings || (await unlockWithSettings(db.name, settings, passphrase));
}

/**
 * The same, from settings read before the workspace is opened (an older workspace is unlocked before
 * its upgrade, which reads sealed records): the key is kept for every connection to `databaseName`.
 */
export async function unlockWithSettings(databaseName: string, settings: LockSettings, passphrase: string): Promise<boolean> {
  const key = await deriveKey(passphrase, settings.salt, settings.iterations);
  try {
    if ((await unseal(key, settings.check)) !== checkText) return false;
  } catch {
    return false;
  }
  setWorkspaceKey(databaseName, key);
  return true;
}

/**
 * Rewrites every sealed table: read with the key in force, written with `to`, and the lock's settings
 * set to `settings` (or removed), all in one strict transaction. If it fails, the key in force stays.
 */
async function rekey(
  db: WorkspaceDatabase,
  to: CryptoKey | null,
  settings: LockSettings | null,
  action: string,
  onProgress?: LockProgress,
): Promise<void> {
  const from = workspaceKey(db.name);
  const total = await countSealedRecords(db);
  let done = 0;
  onProgress?.(done, total);
  try {
    await inOneStrictTransaction(db, action, async (strict) => {
      // Page by page, each its own short task: a page is read (records not rewritten yet open with
      // the key being replaced) and written back sealed with the new key, over the same primary keys.
      setReplacedKey(db.name, from);
      setWorkspaceKey(db.name, to);
      for (const name of sealedTableNames) {
        const table = strict.table(name);
        const cursor = firstPage();
        while (!cursor.done) {
          const rows = await nextPage(table, cursor, rekeyPageSize);
          if (rows.length === 0) continue;
          await table.bulkPut(rows);
          done += rows.length;
          onProgress?.(done, total);
        }
      }
      if (settings) await strict.workspaceSettings.put(settings);
      else await strict.workspaceSettings.delete('lock');
    });
  } catch (error) {
    setWorkspaceKey(db.name, from);
    throw error;
  } finally {
    setReplacedKey(db.name, null);
  }
}

/** Rows per page of a lock change: half a reading page, as each row is also opened and sealed. */
export const rekeyPageSize = 50;

/** How far a lock change has got: records rewritten of all there are. */
export type LockProgress = (done: number, total: number) => void;

async function countSealedRecords(db: WorkspaceDatabase): Promise<number> {
  const counts = await Promise.all(sealedTableNames.map((name) => db.table(name).count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Locks the workspace with a passphrase, or changes it: every record sealed with the new key. */
export async function setPassphrase(
  db: WorkspaceDatabase,
  passphrase: string,
  iterations = pbkdf2Iterations,
  onProgress?: LockProgress,
): Promise<void> {
  if (passphrase.length < minimumPassphraseLength) {
    throw new WorkspaceError('invalid', `The passphrase was not set: use at least ${minimumPassphraseLength} characters.`);
  }
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  await rekey(
    db,
    key,
    { id: 'lock', salt, iterations, check: await seal(key, checkText), allSealedAtVersion: db.verno },
    'the passphrase lock',
    onProgress,
  );
}

/** Turns the lock off: every record written plain again and the settings removed, together. */
export async function removePassphrase(db: WorkspaceDatabase, onProgress?: LockProgress): Promise<void> {
  await rekey(db, null, null, 'turning the lock off', onProgress);
}

/**
 * Seals every record still stored plain in a locked workspace (unlocked, so the key is known). Returns
 * how many there were, so the person can be told.
 */
export async function sealPlainRecords(db: WorkspaceDatabase, known?: LockState): Promise<number> {
  const { locked, plainRecords } = known ?? (await lockState(db));
  const settings = await readLockSettings(db);
  if (!locked || !settings) return 0;
  if (plainRecords === 0) {
    // Every record was found sealed: the settings say so, and later starts need not read them all again.
    if (settings.allSealedAtVersion !== db.verno) {
      await saveInTransaction(db, [db.workspaceSettings], 'the lock settings', () =>
        db.workspaceSettings.put({ ...settings, allSealedAtVersion: db.verno }),
      );
    }
    return 0;
  }
  if (!workspaceKey(db.name)) throw new WorkspaceError('closed', 'The workspace must be unlocked before its records can be sealed.');
  await rekey(db, workspaceKey(db.name), { ...settings, allSealedAtVersion: db.verno }, 'encrypting the records left unencrypted');
  return plainRecords;
}
