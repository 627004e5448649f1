/**
 * What the workspace database keeps about itself, beside the records: the passphrase lock's settings
 * and the revert point. Both live inside the workspace database so that one transaction can change
 * them together with every record — a lock change or a restore happens whole, or not at all.
 *
 * Earlier versions kept them in two small databases of their own (`<name>-lock`, `<name>-revert-point`);
 * adoptLegacyStores takes them in.
 */
import { Dexie } from 'dexie';
import { z } from 'zod';
import { workspaceTableNames, type WorkspaceTableName } from '../../shared/backup/backup-marker';
import { onFirstUse } from '../../shared/zod-on-first-use';
import { isSealed } from './sealing';
import { listedDatabases } from './database-listing';
import { loadInTransaction, saveInTransaction, type WorkspaceDatabase } from './workspace-database';

const sealedSchema = z.custom<{ iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }>(isSealed, 'not a sealed value');

/** Salt, iteration count and a sealed check value: what tells a right passphrase from a wrong one. None is secret. */
export const lockSettingsSchema = z.object({
  id: z.literal('lock'),
  salt: z.instanceof(Uint8Array),
  iterations: z.number().int().positive(),
  check: sealedSchema,
  /**
   * The schema version at which every record was found or made sealed, in the transaction that wrote
   * these settings. Every write since goes through the sealing middleware, so while the schema is the
   * same the start need not read every record again to know. Absent in settings of earlier versions.
   */
  allSealedAtVersion: z.number().int().positive().optional(),
});

/** When the revert point was made; its records are in revertRecords. */
export const revertPointInfoSchema = z.object({
  id: z.literal('revert-point'),
  createdAt: z.iso.datetime({ offset: true }),
});

/** Made on first use (zod-on-first-use.ts), as is revertRecordSchema: a start reads with the two above only. */
export const workspaceSettingSchema = onFirstUse(() => z.discriminatedUnion('id', [lockSettingsSchema, revertPointInfoSchema]));

/**
 * One row of the revert point: a page of one table's records in their order, `position` numbering the
 * pages; or, as Waymark wrote them before 2026-12, one record with its place in its table (still read,
 * for a revert point made then).
 */
export const revertRecordSchema = onFirstUse(() =>
  z.union([
    z.object({ table: z.enum(workspaceTableNames), position: z.number().int().nonnegative(), records: z.array(z.unknown()) }),
    z.object({ table: z.enum(workspaceTableNames), position: z.number().int().nonnegative(), record: z.unknown() }),
  ]),
);

export type LockSettings = Omit<z.infer<typeof lockSettingsSchema>, 'salt'> & { salt: Uint8Array<ArrayBuffer> };
export type RevertPointInfo = z.infer<typeof revertPointInfoSchema>;
export type WorkspaceSetting = LockSettings | RevertPointInfo;
export type RevertRecord = z.infer<typeof revertRecordSchema>;

/** The records one revert-point row holds, in their order: its page, or its one record. */
export function recordsOfRevertRow(row: RevertRecord): unknown[] {
  return 'records' in row ? row.records : [row.record];
}

export async function readLockSettings(db: WorkspaceDatabase): Promise<LockSettings | undefined> {
  return asLockSettings(await db.workspaceSettings.get('lock'));
}

function asLockSettings(row: unknown): LockSettings | undefined {
  const parsed = lockSettingsSchema.safeParse(row);
  return parsed.success ? { ...parsed.data, salt: new Uint8Array(parsed.data.salt) } : undefined;
}

export async function readRevertPointInfo(db: WorkspaceDatabase): Promise<RevertPointInfo | undefined> {
  const parsed = revertPointInfoSchema.safeParse(await db.workspaceSettings.get('revert-point'));
  return parsed.success ? parsed.data : undefined;
}

/** When the revert point was made, or undefined when there is none: read in a transaction of its own. */
export async function revertPointInfo(db: WorkspaceDatabase): Promise<RevertPointInfo | undefined> {
  return loadInTransaction(db, [db.workspaceSettings], 'the revert point', () => readRevertPointInfo(db));
}

function legacyStore(name: string, table: string): Dexie {
  const store = new Dexie(name, { chromeTransactionDurability: 'strict' });
  store.version(1).stores({ [table]: 'id' });
  return store;
}

async function readLegacyRow(name: string, table: string, id: string): Promise<unknown> {
  if (!(await Dexie.exists(name))) return undefined;
  const store = legacyStore(name, table);
  try {
    return await store.table(table).get(id);
  } finally {
    store.close();
  }
}

const legacyLockName = (name: string) => `${name}-lock`;

/**
 * The lock's settings of a workspace as it is on disk, read without opening it through today's schema
 * (which would upgrade it): from its settings table (format 4 on), or from the small database earlier
 * versions kept them in. Undefined when it is not locked.
 */
export async function lockSettingsOnDisk(name: string): Promise<LockSettings | undefined> {
  // Dexie's dynamic mode: the database as it is, nothing declared, nothing changed.
  const asItIs = new Dexie(name);
  let row: unknown;
  try {
    await asItIs.open();
    if (asItIs.tables.some((table) => table.name === 'workspaceSettings')) row = await asItIs.table('workspaceSettings').get('lock');
  } catch (error) {
    if (!(error instanceof Dexie.NoSuchDatabaseError)) throw error;
  } finally {
    asItIs.close();
  }
  row ??= await readLegacyRow(legacyLockName(name), 'settings', 'lock');
  return asLockSettings(row);
}
const legacyRevertName = (name: string) => `${name}-revert-point`;

/**
 * Whether the small databases earlier versions kept may be there: where the browser lists its
 * databases, a start without them opens and deletes nothing. Asked while the workspace opens, so the
 * start waits for one list, not two in a row.
 */
export async function mayHaveLegacyStores(
  name: string,
  listing: Promise<IDBDatabaseInfo[] | undefined> = listedDatabases(),
): Promise<boolean> {
  const listed = await listing;
  return !listed || listed.some((database) => database.name === legacyLockName(name) || database.name === legacyRevertName(name));
}

/**
 * Takes the lock's settings and the revert point out of the small databases earlier versions kept
 * them in, into the workspace database, in one transaction; then deletes the old ones. Run at start,
 * before anything reads the lock. A crash before the deletion only means doing it again next time:
 * settings already in the workspace database are kept.
 *
 * The revert point comes in as plain records even when the workspace is locked (there is no key
 * before the passphrase is given); the check at unlock finds them and seals them, and says so.
 */
export async function adoptLegacyStores(db: WorkspaceDatabase): Promise<void> {
  const lockName = legacyLockName(db.name);
  const revertName = legacyRevertName(db.name);
  const [lockRow, revertRow] = await Promise.all([
    readLegacyRow(lockName, 'settings', 'lock'),
    readLegacyRow(revertName, 'points', 'latest'),
  ]);
  if (lockRow === undefined && revertRow === undefined) {
    await Promise.all([Dexie.delete(lockName), Dexie.delete(revertName)].map((deleting) => deleting.catch(() => undefined)));
    return;
  }
  const lock = lockSettingsSchema.safeParse(lockRow);
  const revertJson: unknown = typeof revertRow === 'object' && revertRow !== null ? Reflect.get(revertRow, 'json') : undefined;
  // Read with the backup file's schemas, loaded only here: this runs once, on a workspace from before 2026-11.
  const revert =
    typeof revertJson === 'string'
      ? (await import('../../shared/backup/backup-file')).readBackup('the revert point', revertJson)
      : undefined;
  await saveInTransaction(db, [db.workspaceSettings, db.revertRecords], 'your workspace’s settings', async () => {
    if (lock.success && !(await db.workspaceSettings.get('lock'))) await db.workspaceSettings.put(lock.data);
    if (revert?.ok && !(await db.workspaceSettings.get('revert-point'))) {
      await db.revertRecords.clear();
      await db.revertRecords.bulkAdd(toRevertRecords(revert.backup.tables));
      await db.workspaceSettings.put({ id: 'revert-point', createdAt: revert.backup.createdAt });
    }
  });
  await Dexie.delete(lockName);
  await Dexie.delete(revertName);
}

/** The workspace's tables as revert-point rows: each table with records one page, its records in their order. */
export function toRevertRecords(tables: Record<WorkspaceTableName, readonly unknown[]>): RevertRecord[] {
  return workspaceTableNames
    .filter((table) => tables[table].length > 0)
    .map((table) => ({ table, position: 0, records: [...tables[table]] }));
}
