/**
 * The backup file built table by table: every table is read a page at a time in one read-only
 * transaction (so the file is one consistent moment of the workspace), each page turned into JSON at
 * once and handed to a Blob every few megabytes. The workspace is never held whole, nor the file as
 * one string — the Blob keeps it outside the heap. Run in the backup worker (backup-save-worker.ts);
 * where there is none, each page is its own task, so the window never freezes.
 */
import { backupFileParts, workspaceTableNames, type Backup } from '../../shared/backup/backup-file';
import { loadInTransaction, type WorkspaceDatabase } from './workspace-database';
import { firstPage, nextPage, pageSize } from './paged-read';

/** Text is moved into the Blob once this many characters have gathered. */
const blobPieceChars = 4 * 1024 * 1024;

/** The workspace as a backup file; `pageRows` records are read at a time (few on the main thread). */
export async function buildBackupFile(
  db: WorkspaceDatabase,
  reason: Backup['reason'],
  now = new Date(),
  pageRows = pageSize,
): Promise<Blob> {
  const tables = workspaceTableNames.map((name) => db.table(name));
  const pieces: Blob[] = [];
  let text: string[] = [];
  let gathered = 0;
  const add = (part: string) => {
    text.push(part);
    gathered += part.length;
    if (gathered < blobPieceChars) return;
    pieces.push(new Blob(text));
    text = [];
    gathered = 0;
  };
  await loadInTransaction(db, tables, 'your workspace', async () => {
    add(backupFileParts.start(reason, now));
    for (const [index, name] of workspaceTableNames.entries()) {
      add(backupFileParts.tableStart(name, index === 0));
      let first = true;
      const cursor = firstPage();
      while (!cursor.done) {
        for (const row of await nextPage(db.table(name), cursor, pageRows)) {
          add(first ? JSON.stringify(row) : `,${JSON.stringify(row)}`);
          first = false;
        }
      }
      add(backupFileParts.tableEnd);
    }
    add(backupFileParts.end);
  });
  pieces.push(new Blob(text));
  return new Blob(pieces, { type: 'application/json' });
}
