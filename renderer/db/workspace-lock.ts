/**
 * The passphrase lock: whether a workspace is locked, unlocking it, and turning the lock on, changing
 * it or turning it off — each of which rewrites every record (sealed, or plain again) in one strict
 * transaction. The lock's settings (salt, iteration count, and a sealed check value that tells a right
 * passphrase from a wrong one) live in a small database of their own.
 */
import { Dexie } from 'dexie';
import { readWorkspace, replaceWorkspace } from './backup-repository';
import { deriveKey, isSealed, newSalt, pbkdf2Iterations, seal, unseal, type Sealed } from './sealing';
import { setWorkspaceKey } from './sealing-middleware';
import type { WorkspaceDatabase } from './workspace-database';
import { WorkspaceError } from './workspace-error';

interface LockSettings {
  id: 'lock';
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  check: Sealed;
}

const checkText = 'waymark';

function lockStore(workspaceName: string): Dexie {
  const db = new Dexie(`${workspaceName}-lock`, { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ settings: 'id' });
  return db;
}

async function readSettings(workspaceName: string): Promise<LockSettings | undefined> {
  const store = lockStore(workspaceName);
  try {
    const row: unknown = await store.table('settings').get('lock');
    if (typeof row !== 'object' || row === null) return undefined;
    const salt: unknown = Reflect.get(row, 'salt');
    const iterations: unknown = Reflect.get(row, 'iterations');
    const check: unknown = Reflect.get(row, 'check');
    return salt instanceof Uint8Array && typeof iterations === 'number' && isSealed(check)
      ? { id: 'lock', salt: new Uint8Array(salt), iterations, check }
      : undefined;
  } finally {
    store.close();
  }
}

async function writeSettings(workspaceName: string, settings: LockSettings | null): Promise<void> {
  const store = lockStore(workspaceName);
  try {
    if (settings) await store.table('settings').put(settings);
    else await store.table('settings').delete('lock');
  } finally {
    store.close();
  }
}

export async function isWorkspaceLocked(workspaceName = 'waymark'): Promise<boolean> {
  return (await readSettings(workspaceName)) !== undefined;
}

/** Derives the key from the passphrase and keeps it for this session; false for a wrong passphrase. */
export async function unlockWorkspace(passphrase: string, workspaceName = 'waymark'): Promise<boolean> {
  const settings = await readSettings(workspaceName);
  if (!settings) return true;
  const key = await deriveKey(passphrase, settings.salt, settings.iterations);
  try {
    if ((await unseal(key, settings.check)) !== checkText) return false;
  } catch {
    return false;
  }
  setWorkspaceKey(workspaceName, key);
  return true;
}

/**
 * Locks the workspace with a passphrase (or changes it): the settings are written first, then every
 * record is sealed. A crash in between leaves records plain but readable: nothing is lost.
 */
export async function setPassphrase(db: WorkspaceDatabase, passphrase: string, iterations = pbkdf2Iterations): Promise<void> {
  if (passphrase.length < 8) throw new WorkspaceError('unknown', 'The passphrase was not set: use at least 8 characters.');
  const tables = await readWorkspace(db);
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  await writeSettings(db.name, { id: 'lock', salt, iterations, check: await seal(key, checkText) });
  setWorkspaceKey(db.name, key);
  await replaceWorkspace(db, tables, 'the workspace');
}

/** Turns the lock off: every record written plain again, then the settings removed. */
export async function removePassphrase(db: WorkspaceDatabase): Promise<void> {
  const tables = await readWorkspace(db);
  setWorkspaceKey(db.name, null);
  await replaceWorkspace(db, tables, 'the workspace');
  await writeSettings(db.name, null);
}
