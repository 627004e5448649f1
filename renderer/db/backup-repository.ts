/**
 * The whole workspace in and out: read every table in one transaction for a backup, and replace every
 * table for a restore — keeping what was there as a revert point in the same strict transaction, so a
 * restore happens whole with its revert point, or not at all.
 */
import {
  recordsOfTables,
  summariseContents,
  type WorkspaceContents,
  type WorkspaceRecords,
  type WorkspaceTables,
} from '../../shared/backup/backup-file';
import { workspaceTableNames } from '../../shared/backup/backup-marker';
import { firstPage, nextPage, nextPageRows, pageSize } from './paged-read';
import { inOneStrictTransaction, loadInTransaction, saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { failSave } from './workspace-error';
import { readRevertPointInfo, recordsOfRevertRow } from './workspace-settings';

export async function readWorkspace(db: WorkspaceDatabase): Promise<WorkspaceTables> {
  const tables = workspaceTableNames.map((name) => db.table(name));
  return loadInTransaction(db, tables, 'your workspace', () => readTables(db));
}

/** Every workspace table, read inside the caller's transaction. */
async function readTables(db: WorkspaceDatabase): Promise<WorkspaceTables> {
  return {
    people: await db.people.toArray(),
    ratingsByRater: await db.ratingsByRater.toArray(),
    evidence: await db.evidence.toArray(),
    snapshots: await db.snapshots.toArray(),
    snapshotRatings: await db.snapshotRatings.toArray(),
    goals: await db.goals.toArray(),
    meetings: await db.meetings.toArray(),
    importedFrameworks: await db.importedFrameworks.toArray(),
    exchangeReceipts: await db.exchangeReceipts.toArray(),
  };
}

/**
 * Clears and refills every workspace table, inside the caller's transaction, `pageRows` records at a
 * time: the next page is made ready (parsed from a backup's bytes) while the one before is written.
 */
async function writeTables(db: WorkspaceDatabase, source: WorkspaceRecords, pageRows = pageSize): Promise<void> {
  for (const name of workspaceTableNames) {
    const table = db.table(name);
    await table.clear();
    let writing: Promise<unknown> | undefined;
    for (const rows of source.pages(name, pageRows)) {
      if (writing) await writing;
      writing = table.bulkAdd(rows);
    }
    if (writing) await writing;
  }
}

/**
 * Replaces the whole workspace with `backup` (checked beforehand by readBackup or readBackupBytes),
 * keeping what was there as the revert point; one strict transaction, so the two never part.
 * `pageRows`: rows a page when copying the revert point and writing the backup (small on the main
 * thread, larger in a worker).
 */
export async function restoreWorkspace(
  db: WorkspaceDatabase,
  backup: WorkspaceTables | WorkspaceRecords,
  now = new Date(),
  pageRows = pageSize,
): Promise<void> {
  const source = 'pages' in backup ? backup : recordsOfTables(backup);
  await inOneStrictTransaction(db, 'the restore', async (strict) => {
    await copyToRevertPoint(strict, pageRows);
    await writeTables(strict, source, pageRows);
    await strict.workspaceSettings.put({ id: 'revert-point', createdAt: now.toISOString() });
  });
}

/**
 * The revert point's copy reads pages of about this much JSON: larger than the backup's, as each page
 * is also a write (more trips to the database made a restore over 300 people 2.9× one into an empty
 * workspace), still small enough to be let go young.
 */
const revertCopyPageChars = 256 * 1024;

/**
 * Copies every workspace table into the revert point, inside the caller's transaction, a page at a
 * time (the workspace being replaced is never held whole); each page is read while the one before it
 * is written, as one row: a row per record cost a write, an index entry and, under the lock, a seal
 * per record, and made a restore over a full workspace slower than twice one into an empty workspace.
 */
async function copyToRevertPoint(strict: WorkspaceDatabase, pageRows: number): Promise<void> {
  await strict.revertRecords.clear();
  for (const table of workspaceTableNames) {
    let page = 0;
    const cursor = firstPage();
    // The first few rows tell the size of the table's rows, and so how many make a page (paged-read.ts).
    let rows: object[] = await nextPage(strict.table(table), cursor, nextPageRows(0, 0, pageRows));
    const size = nextPageRows(rows.length, JSON.stringify(rows).length, pageRows, revertCopyPageChars);
    for (;;) {
      const reading = cursor.done ? undefined : nextPage(strict.table(table), cursor, size);
      // Written even when empty: a call to the database between two reads keeps the transaction open
      // (awaiting one read straight after another lets it commit early, as Dexie warns).
      await strict.revertRecords.add({ table, position: page++, records: rows });
      if (!reading) break;
      rows = await reading;
    }
  }
}

/** Who is in the workspace and how many records of each kind, counted rather than read (for the restore's preview). */
export async function summariseWorkspace(db: WorkspaceDatabase): Promise<WorkspaceContents> {
  const tables = workspaceTableNames.map((name) => db.table(name));
  return loadInTransaction(db, tables, 'your workspace', async () => {
    const people = await db.people.toArray();
    const counts = new Map(await Promise.all(workspaceTableNames.map(async (name) => [name, await db.table(name).count()] as const)));
    return summariseContents(people, (table) => counts.get(table) ?? 0);
  });
}

/**
 * Refills every workspace table from the revert point, inside the caller's transaction, a row at a
 * time: a page of records, or many of the rows of one record each that revert points made before
 * 2026-12 hold. The revert point is never read whole. Its records were read from this workspace's own
 * tables in the transaction that made it, so they have those rows' types.
 */
async function writeRevertPoint(strict: WorkspaceDatabase): Promise<void> {
  for (const name of workspaceTableNames) {
    const table = strict.table(name);
    await table.clear();
    // Ordered by [table+position]: the table's records in their order.
    const keys = await strict.revertRecords.where('table').equals(name).primaryKeys();
    let rowsPerRead = 1;
    let start = 0;
    while (start < keys.length) {
      const rows = await strict.revertRecords.bulkGet(keys.slice(start, start + rowsPerRead));
      start += rows.length;
      // Rows of one record each are read many at a time.
      if (rows[0] && !('records' in rows[0])) rowsPerRead = pageSize;
      await table.bulkAdd(rows.flatMap((row) => (row ? recordsOfRevertRow(row) : [])));
    }
  }
}

/** Puts the revert point back in place of the workspace, and lets it go: there is nothing left to undo. */
export async function undoRestore(db: WorkspaceDatabase): Promise<void> {
  await inOneStrictTransaction(db, 'undoing the restore', async (strict) => {
    if (!(await readRevertPointInfo(strict))) failSave('There is no restore to undo: the revert point was already used or dismissed.');
    await writeRevertPoint(strict);
    await strict.revertRecords.clear();
    await strict.workspaceSettings.delete('revert-point');
  });
}

/** Lets the revert point go, records and all. */
export async function dismissRevertPoint(db: WorkspaceDatabase): Promise<void> {
  await saveInTransaction(db, [db.revertRecords, db.workspaceSettings], 'dismissing the revert point', async () => {
    await db.revertRecords.clear();
    await db.workspaceSettings.delete('revert-point');
  });
}
