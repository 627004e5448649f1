/**
 * The backup file built table by table: every table is read a page at a time in one read-only
 * transaction (so the file is one consistent moment of the workspace), each page turned into JSON at
 * once and handed to a Blob every few hundred kilobytes. The workspace is never held whole, nor the
 * file as one string — the Blob keeps it outside the heap. Run in the backup worker
 * (backup-save-worker.ts); where there is none, each page is its own task, so the window never freezes.
 *
 * Pages are sized by their text, not by a fixed count of rows: a snapshot's ratings run to 6 kB of
 * JSON, a rating to 170 bytes. Chromium keeps every record IndexedDB hands over (the objects and its
 * own copy of the bytes) until the next full garbage collection, so what one page holds is copied
 * from GC to GC and makes the worker's young heap grow to its largest; small pages of big rows keep
 * the backup's memory near the file's size.
 */
import { backupFileParts, type Backup } from '../../shared/backup/backup-file';
import { workspaceTableNames } from '../../shared/backup/backup-marker';
import { loadInTransaction, type WorkspaceDatabase } from './workspace-database';
import { firstPage, nextPage, nextPageRows, pageSize } from './paged-read';

/** Text is moved into the Blob once this many characters have gathered. */
const blobPieceChars = 256 * 1024;

/** The workspace as a backup file; pages of at most `pageRows` records (few on the main thread), about `pageChars` characters each. */
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
      let rowsRead = 0;
      let charsRead = 0;
      const cursor = firstPage();
      while (!cursor.done) {
        for (const row of await nextPage(db.table(name), cursor, nextPageRows(rowsRead, charsRead, pageRows))) {
          const json = JSON.stringify(row);
          add(rowsRead === 0 ? json : `,${json}`);
          rowsRead += 1;
          charsRead += json.length;
        }
      }
      add(backupFileParts.tableEnd);
    }
    add(backupFileParts.end);
  });
  pieces.push(new Blob(text));
  return new Blob(pieces, { type: 'application/json' });
}
