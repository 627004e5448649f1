/**
 * The workspace database: Dexie over IndexedDB, with every schema version of schema-versions.ts.
 */
import { Dexie, type ChromeTransactionDurability, type Table } from 'dexie';
import type {
  Evidence,
  ExchangeReceipt,
  Goal,
  ImportedFramework,
  Meeting,
  Person,
  Rating,
  Snapshot,
  SnapshotRatings,
} from '../../shared/workspace/schema';
import { listedDatabases } from './database-listing';
import { latestSchemaVersion, latestStores, schemaVersions } from './schema-versions';
import { sealingMiddleware } from './sealing-middleware';
import type { RevertRecord, WorkspaceSetting } from './workspace-settings';
import { toWorkspaceError, WorkspaceError } from './workspace-error';

// Dexie turns its debugging aids on by itself when the page's address is localhost, as the browser
// build's is: an async stack task for every database call and promise. They are for tracing Dexie, not
// for using Waymark, and slow every read.
Dexie.debug = false;

export class WorkspaceDatabase extends Dexie {
  // `declare`, not `people!:`: a class field would be initialised after Dexie defines the table.
  declare readonly people: Table<Person, string>;
  declare readonly ratingsByRater: Table<Rating, [string, string, string, string]>;
  declare readonly evidence: Table<Evidence, string>;
  declare readonly snapshots: Table<Snapshot, string>;
  declare readonly snapshotRatings: Table<SnapshotRatings, string>;
  declare readonly goals: Table<Goal, string>;
  declare readonly meetings: Table<Meeting, string>;
  declare readonly importedFrameworks: Table<ImportedFramework, [string, number]>;
  declare readonly exchangeReceipts: Table<ExchangeReceipt, [string, string, string]>;
  declare readonly revertRecords: Table<RevertRecord, [string, number]>;
  declare readonly workspaceSettings: Table<WorkspaceSetting, WorkspaceSetting['id']>;

  /**
   * `strict` makes every transaction of this connection wait until the data is on disk (Chromium's
   * default, `relaxed`, returns sooner). Used where losing the work to a crash would hurt most:
   * migrations, imports and restores.
   *
   * `shapes`: `every-version` declares the whole of schema-versions.ts, to upgrade an older database.
   * `newest` declares only the newest shape, for a database already in it or not yet created: Dexie
   * parses every earlier version again at each one declared, which took a few milliseconds of every
   * start. Should a database turn out older after all (an older Waymark created it in the meantime),
   * its upgrade is refused with NeedsEveryVersion before anything in it changes.
   */
  constructor(name: string, durability: ChromeTransactionDurability = 'default', shapes: 'every-version' | 'newest' = 'every-version') {
    super(name, { chromeTransactionDurability: durability });
    // Seals records with the workspace's key while it is locked with a passphrase; passes them through
    // otherwise. The settings stay readable: the lock's own settings are needed to derive the key.
    this.use(sealingMiddleware(name, ['workspaceSettings']));
    if (shapes === 'newest') {
      this.version(latestSchemaVersion)
        .stores(latestStores)
        .upgrade(() => {
          throw new NeedsEveryVersion();
        });
      return;
    }
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/** A database opened with only the newest shape needed an upgrade: it is opened again with every version. */
class NeedsEveryVersion extends Error {
  constructor() {
    super('The workspace is in an older shape than the list of databases said; it is opened again to be upgraded.');
    this.name = 'NeedsEveryVersion';
  }
}

/** Opens `name` with the newest shape when it is in it or new, and with every version otherwise. */
async function openConnection(name: string, durability: ChromeTransactionDurability, installed: number | null): Promise<WorkspaceDatabase> {
  if (installed === null || installed === latestSchemaVersion) {
    const db = new WorkspaceDatabase(name, durability, 'newest');
    try {
      await db.open();
      return db;
    } catch (error) {
      // Dexie rejects the open with the upgrade's own error (or, in some versions, an UpgradeError holding it).
      const cause: unknown = error instanceof Dexie.DexieError ? error.inner : error;
      if (!(cause instanceof NeedsEveryVersion)) throw error;
      db.close();
    }
  }
  const db = new WorkspaceDatabase(name, durability);
  await db.open();
  return db;
}

/**
 * Runs before an older workspace is upgraded, with the version it was written with; the upgrade waits
 * for it. The start uses it to ask a locked workspace's passphrase first: upgrades read sealed records.
 */
export type BeforeUpgrade = (installedVersion: number) => Promise<void>;

/**
 * Opens (creating or upgrading) the workspace. A database written by a newer Waymark is refused before
 * Dexie touches it; any failure becomes a WorkspaceError whose message says what to do.
 */
export async function openWorkspaceDatabase(
  name = 'waymark',
  durability: ChromeTransactionDurability = 'default',
  beforeUpgrade?: BeforeUpgrade,
  listed: Promise<IDBDatabaseInfo[] | undefined> = listedDatabases(),
): Promise<WorkspaceDatabase> {
  try {
    const installed = await installedSchemaVersion(name, await listed);
    if (installed !== null && installed > latestSchemaVersion) {
      throw new WorkspaceError(
        'newer-version',
        `Your workspace was saved by a newer version of Waymark (workspace format ${installed}; this Waymark reads up to format ${latestSchemaVersion}), so it was not opened. Install the latest Waymark to use it; nothing in it was changed.`,
      );
    }
    if (installed !== null && installed < latestSchemaVersion) await beforeUpgrade?.(installed);
    // An upgrade runs on a strict connection first, so a crash mid-migration cannot leave it half written.
    if (installed !== null && installed < latestSchemaVersion && durability !== 'strict') {
      (await openConnection(name, 'strict', installed)).close();
      return await openConnection(name, durability, latestSchemaVersion);
    }
    return await openConnection(name, durability, installed);
  } catch (error) {
    throw toWorkspaceError(error, 'your workspace', 'load');
  }
}

/**
 * The schema version a database on disk was written with, or null if there is none. Dexie 4 does not
 * fail on a newer database (it retries without a version and may patch it), so this looks first,
 * using Dexie's dynamic mode, which opens a database as it is without declaring or changing anything.
 */
async function installedSchemaVersion(name: string, listed: IDBDatabaseInfo[] | undefined): Promise<number | null> {
  // Listing the databases answers without opening one, which at start saves a whole open and close.
  if (listed) {
    const version = listed.find((database) => database.name === name)?.version;
    // Dexie stores version n as native version 10n; a self-patched schema adds a fraction.
    return version ? Math.floor(version / 10) : null;
  }
  const probe = new Dexie(name);
  try {
    await probe.open();
    // Dexie stores version n as native version 10n; a self-patched schema adds a fraction.
    return Math.floor(probe.verno);
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return null;
    throw error;
  } finally {
    probe.close();
  }
}

/** One transaction over `tables`; any failure, including one thrown by `work`, aborts it and becomes a WorkspaceError. */
async function inTransaction<Result>(
  mode: 'rw' | 'r',
  db: WorkspaceDatabase,
  tables: readonly Table[],
  action: string,
  work: () => Promise<Result>,
): Promise<Result> {
  try {
    return await db.transaction(mode, tables, work);
  } catch (error) {
    throw toWorkspaceError(error, action, mode === 'rw' ? 'save' : 'load');
  }
}

/**
 * Runs `work` in one transaction over every table of the workspace (records, revert point and
 * settings) on a strict connection: it is on disk before it is reported done, and a crash in the
 * middle leaves the workspace as it was before.
 */
export async function inOneStrictTransaction<Result>(
  db: WorkspaceDatabase,
  action: string,
  work: (strict: WorkspaceDatabase) => Promise<Result>,
): Promise<Result> {
  const strict = await openWorkspaceDatabase(db.name, 'strict');
  try {
    return await saveInTransaction(strict, strict.tables, action, () => work(strict));
  } finally {
    strict.close();
  }
}

/** Runs `work` in one read-write transaction: nothing is half-written. */
export function saveInTransaction<Result>(
  db: WorkspaceDatabase,
  tables: readonly Table[],
  action: string,
  work: () => Promise<Result>,
): Promise<Result> {
  return inTransaction('rw', db, tables, action, work);
}

/** Reads in one read-only transaction, so what is read is consistent. */
export function loadInTransaction<Result>(
  db: WorkspaceDatabase,
  tables: readonly Table[],
  action: string,
  work: () => Promise<Result>,
): Promise<Result> {
  return inTransaction('r', db, tables, action, work);
}
