/**
 * The passphrase lock: whether a workspace is locked, unlocking it, and turning the lock on, changing
 * it or turning it off. Each change rewrites every record (sealed with the new key, or plain again),
 * the revert point's too, and the lock's settings, in one strict transaction: after a crash the
 * workspace is either as it was or entirely in its new state, never "locked" over plain records.
 */
import { Dexie } from 'dexie';
import { inOneStrictTransaction, readSealedTables, sealedTableNames, writeSealedTables } from './backup-repository';
import { deriveKey, minimumPassphraseLength, newSalt, pbkdf2Iterations, seal, unseal } from './sealing';
import { isSealedRow, setWorkspaceKey, workspaceKey } from './sealing-middleware';
import type { WorkspaceDatabase } from './workspace-database';
import { WorkspaceError } from './workspace-error';
import { readLockSettings, type LockSettings } from './workspace-settings';

const checkText = 'waymark';

/** How the records on disk stand against the lock's settings. */
export interface LockState {
  locked: boolean;
  /** Records stored plain; with the lock on, these disagree with it (an interrupted lock, or data from an earlier version). */
  plainRecords: number;
  /** Records stored sealed; with the lock off, nothing can open these. */
  sealedRecords: number;
}

/**
 * Reads the lock's settings and looks at the records as they are on disk, without opening any. A
 * locked workspace has every record looked at (each plain one must be found, to be sealed); an
 * unlocked one only the first of each table, which is enough to find one sealed by a lost key
 * without reading the whole workspace at every start.
 */
export async function lockState(db: WorkspaceDatabase): Promise<LockState> {
  const locked = (await readLockSettings(db)) !== undefined;
  // A connection without the sealing middleware sees the rows exactly as stored.
  const raw = new Dexie(db.name);
  try {
    await raw.open();
    let plainRecords = 0;
    let sealedRecords = 0;
    const count = (row: unknown) => {
      if (isSealedRow(row)) sealedRecords += 1;
      else plainRecords += 1;
    };
    await raw.transaction('r', [...sealedTableNames], async () => {
      for (const table of sealedTableNames) {
        if (locked) await raw.table(table).each(count);
        else await raw.table(table).limit(1).each(count);
      }
    });
    return { locked, plainRecords, sealedRecords };
  } finally {
    raw.close();
  }
}

/** Derives the key from the passphrase and keeps it for this session; false for a wrong passphrase. */
export async function unlockWorkspace(db: WorkspaceDatabase, passphrase: string): Promise<boolean> {
  const settings = await readLockSettings(db);
  if (!settings) return true;
  const key = await deriveKey(passphrase, settings.salt, settings.iterations);
  try {
    if ((await unseal(key, settings.check)) !== checkText) return false;
  } catch {
    return false;
  }
  setWorkspaceKey(db.name, key);
  return true;
}

/**
 * Rewrites every sealed table: read with the key in force, written with `to`, and the lock's settings
 * set to `settings` (or removed), all in one strict transaction. If it fails, the key in force stays.
 */
async function rekey(db: WorkspaceDatabase, to: CryptoKey | null, settings: LockSettings | null, action: string): Promise<void> {
  const from = workspaceKey(db.name);
  try {
    await inOneStrictTransaction(db, action, async (strict) => {
      const rows = await readSealedTables(strict);
      setWorkspaceKey(db.name, to);
      await writeSealedTables(strict, rows);
      if (settings) await strict.workspaceSettings.put(settings);
      else await strict.workspaceSettings.delete('lock');
    });
  } catch (error) {
    setWorkspaceKey(db.name, from);
    throw error;
  }
}

/** Locks the workspace with a passphrase, or changes it: every record sealed with the new key. */
export async function setPassphrase(db: WorkspaceDatabase, passphrase: string, iterations = pbkdf2Iterations): Promise<void> {
  if (passphrase.length < minimumPassphraseLength) {
    throw new WorkspaceError('invalid', `The passphrase was not set: use at least ${minimumPassphraseLength} characters.`);
  }
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  await rekey(db, key, { id: 'lock', salt, iterations, check: await seal(key, checkText) }, 'the passphrase lock');
}

/** Turns the lock off: every record written plain again and the settings removed, together. */
export async function removePassphrase(db: WorkspaceDatabase): Promise<void> {
  await rekey(db, null, null, 'turning the lock off');
}

/**
 * Seals every record still stored plain in a locked workspace (unlocked, so the key is known). Returns
 * how many there were, so the person can be told.
 */
export async function sealPlainRecords(db: WorkspaceDatabase): Promise<number> {
  const { locked, plainRecords } = await lockState(db);
  const settings = await readLockSettings(db);
  if (!locked || !settings || plainRecords === 0) return 0;
  if (!workspaceKey(db.name)) throw new WorkspaceError('closed', 'The workspace must be unlocked before its records can be sealed.');
  await rekey(db, workspaceKey(db.name), settings, 'encrypting the records left unencrypted');
  return plainRecords;
}
