/**
 * The whole workspace in and out: read every table in one transaction for a backup, and replace every
 * table in one strict transaction for a restore, after keeping a revert point of what was there.
 */
import { Dexie } from 'dexie';
import {
  backupToJson,
  createBackup,
  readBackup,
  workspaceTableNames,
  type Backup,
  type WorkspaceTables,
} from '../../shared/backup/backup-file';
import { loadInTransaction, openWorkspaceDatabase, saveInTransaction, type WorkspaceDatabase } from './workspace-database';

export async function readWorkspace(db: WorkspaceDatabase): Promise<WorkspaceTables> {
  const tables = workspaceTableNames.map((name) => db.table(name));
  return loadInTransaction(db, tables, 'your workspace', async () => ({
    people: await db.people.toArray(),
    ratingsByRater: await db.ratingsByRater.toArray(),
    evidence: await db.evidence.toArray(),
    snapshots: await db.snapshots.toArray(),
    snapshotRatings: await db.snapshotRatings.toArray(),
    goals: await db.goals.toArray(),
    meetings: await db.meetings.toArray(),
    importedFrameworks: await db.importedFrameworks.toArray(),
    exchangeReceipts: await db.exchangeReceipts.toArray(),
  }));
}

/** Where the revert point lives: a database of its own, so a restore cannot take it with it. */
function revertPoints(workspaceName: string): Dexie {
  const db = new Dexie(`${workspaceName}-revert-point`, { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ points: 'id' });
  return db;
}

export async function saveRevertPoint(db: WorkspaceDatabase, backup: Backup): Promise<void> {
  const store = revertPoints(db.name);
  try {
    await store.table('points').put({ id: 'latest', json: backupToJson(backup) });
  } finally {
    store.close();
  }
}

export async function readRevertPoint(db: WorkspaceDatabase): Promise<Backup | undefined> {
  const store = revertPoints(db.name);
  try {
    const row: unknown = await store.table('points').get('latest');
    const json = row && typeof row === 'object' && 'json' in row && typeof row.json === 'string' ? row.json : undefined;
    if (!json) return undefined;
    const read = readBackup('the revert point', json);
    return read.ok ? read.backup : undefined;
  } finally {
    store.close();
  }
}

/**
 * Replaces the whole workspace with a backup's tables: a revert point of the current workspace first,
 * then one strict transaction that clears and refills every table — all of it happens, or none.
 */
export async function restoreWorkspace(db: WorkspaceDatabase, backup: Backup, now = new Date()): Promise<void> {
  await saveRevertPoint(db, createBackup(await readWorkspace(db), 'revert-point', now));
  await replaceWorkspace(db, backup.tables, 'the restore');
}

/** Clears and refills every table in one strict transaction: all of it happens, or none. */
export async function replaceWorkspace(db: WorkspaceDatabase, tables: WorkspaceTables, action: string): Promise<void> {
  const strict = await openWorkspaceDatabase(db.name, 'strict');
  try {
    await saveInTransaction(
      strict,
      workspaceTableNames.map((name) => strict.table(name)),
      action,
      async () => {
        for (const name of workspaceTableNames) {
          await strict.table(name).clear();
          await strict.table(name).bulkAdd(tables[name]);
        }
      },
    );
  } finally {
    strict.close();
  }
}
