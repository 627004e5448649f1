/**
 * The databases of this origin as the browser lists them, with their native versions. The start asks
 * for the list before the app's own scripts have run (start-early.ts), so the answer is there when the
 * workspace opens instead of one more trip to the database after them.
 */
let listedAtStart: Promise<IDBDatabaseInfo[] | undefined> | undefined;
/** Whether the start has had its list: one asked for after that would only go stale. */
let startListed = false;

/** Every database of this origin with its native version, where the browser can list them. */
export async function listedDatabases(): Promise<IDBDatabaseInfo[] | undefined> {
  try {
    return typeof indexedDB.databases === 'function' ? await indexedDB.databases() : undefined;
  } catch {
    return undefined;
  }
}

/** Asks for the list now, for the start to use; called as the page loads, and only until the start has begun. */
export function listDatabasesForStart(): void {
  if (!startListed) listedAtStart ??= listedDatabases();
}

/** The list asked for as the page loaded, the first time (the start); a fresh one after that. */
export function databasesAtStart(): Promise<IDBDatabaseInfo[] | undefined> {
  const listed = listedAtStart ?? listedDatabases();
  listedAtStart = undefined;
  startListed = true;
  return listed;
}
