/**
 * Reading a whole table a page at a time, in primary-key order, inside the caller's transaction: each
 * page arrives as its own task, so reading (and whatever is done with each page) never holds the
 * window for long, and no more than a page is held at once.
 */
import { Dexie, type IndexableType, type Table } from 'dexie';

/** Rows per page: small enough to turn into JSON, seal or copy well within one frame. */
export const pageSize = 100;

/**
 * Rows per page in a worker (making a backup, copying the revert point), where a long task holds no
 * window: each page is a trip to the database, so fewer, larger pages, still far from the whole table.
 */
export const workerPageSize = 1_000;

/**
 * Pages sized by their text, for reading every row of big tables in a worker: Chromium keeps every
 * record IndexedDB hands over (the objects and its own copy of the bytes) until the next full garbage
 * collection, so a page of 1,000 snapshots (6 kB of JSON each) grows the heap far past the file's size,
 * while pages of about this many characters of JSON are let go young.
 */
export const pageChars = 64 * 1024;

/** Rows in a table's first page, before the size of its rows is known. */
const firstPageRows = 10;

/**
 * How many rows the next page of a table reads: enough for about `pageChars` characters at the size
 * of the rows read so far (or about `chars`), at least one and at most `maxRows`.
 */
export function nextPageRows(rowsRead: number, charsRead: number, maxRows: number, chars = pageChars): number {
  if (rowsRead === 0) return Math.min(firstPageRows, maxRows);
  return Math.max(1, Math.min(maxRows, Math.floor(chars / Math.max(1, charsRead / rowsRead))));
}

/** Where the next page starts: after this primary key; undefined before the first page. */
export type PageCursor = { after: IndexableType | undefined; done: boolean };

export const firstPage = (): PageCursor => ({ after: undefined, done: false });

function primaryKeyOf(table: Table, row: object): IndexableType {
  const keyPath = table.schema.primKey.keyPath;
  if (keyPath === null || keyPath === undefined) throw new Error(`${table.name} has no inbound primary key to page by`);
  return Array.isArray(keyPath) ? keyPath.map((path) => Dexie.getByKeyPath(row, path)) : Dexie.getByKeyPath(row, keyPath);
}

/**
 * The page at `cursor`, moving the cursor on. Only Dexie's own promises are awaited here: a
 * transaction ends when it waits on anything else, so callers loop over pages themselves.
 */
export async function nextPage<Row extends object>(table: Table<Row>, cursor: PageCursor, size = pageSize): Promise<Row[]> {
  if (cursor.done) return [];
  const rows =
    cursor.after === undefined
      ? await table.orderBy(':id').limit(size).toArray()
      : await table.where(':id').above(cursor.after).limit(size).toArray();
  const last = rows.at(-1);
  if (rows.length < size || !last) cursor.done = true;
  else cursor.after = primaryKeyOf(table, last);
  return rows;
}
