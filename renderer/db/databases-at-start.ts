/**
 * The browser's list of this origin's databases, which the workspace's start reads twice (is there a
 * workspace, and at which version; are the small databases earlier versions kept still there). The
 * page asks for it before its scripts are evaluated (app/early-start.ts): answering wakes the
 * browser's database storage, which then gets ready while the scripts run instead of after them.
 */

/** Every database of this origin with its native version, where the browser can list them. */
export async function listedDatabases(): Promise<IDBDatabaseInfo[] | undefined> {
  try {
    return typeof indexedDB.databases === 'function' ? await indexedDB.databases() : undefined;
  } catch {
    return undefined;
  }
}

let listedAtStart: Promise<IDBDatabaseInfo[] | undefined> | undefined;

/** Asks for the list now; the workspace's start takes the answer. */
export function listDatabasesAtStart(): void {
  listedAtStart ??= listedDatabases();
}

/**
 * The list asked for as the page started, once (nothing changes the databases before the workspace's
 * start reads it); a fresh list after that, or where nothing asked early.
 */
export function databasesListedAtStart(): Promise<IDBDatabaseInfo[] | undefined> {
  const listed = listedAtStart ?? listedDatabases();
  listedAtStart = undefined;
  return listed;
}
