/**
 * A Dexie middleware that seals every record on its way to disk and opens it on its way back, while
 * the workspace is locked with a passphrase. The fields the database indexes stay readable (they are
 * ids and dates: what finding a record needs); everything else — names, notes, statements' ratings,
 * evidence, 1:1 notes — is only in the sealed part.
 *
 * IndexedDB ends a transaction that waits on anything but itself, and WebCrypto is asynchronous, so
 * each crypto call runs inside Dexie.waitFor, which keeps the transaction alive meanwhile.
 */
import { Dexie, type DBCore, type DBCoreTable, type Middleware } from 'dexie';
import { isSealed, seal, unseal, type Sealed } from './sealing';

/** Where a sealed record keeps its sealed part. */
const sealedField = '__sealed';

/** The keys a workspace is sealed with, by database name, so every connection to it uses the same. */
const keys = new Map<string, CryptoKey>();
/**
 * While a lock change rewrites the records page by page, those not rewritten yet are still sealed
 * with the key being replaced: they open with it, tried first, before the new one.
 */
const replacedKeys = new Map<string, CryptoKey>();

export function setWorkspaceKey(databaseName: string, key: CryptoKey | null): void {
  if (key) keys.set(databaseName, key);
  else keys.delete(databaseName);
}

/** The key records may still be sealed with while they are being rewritten with another; null when done. */
export function setReplacedKey(databaseName: string, key: CryptoKey | null): void {
  if (key) replacedKeys.set(databaseName, key);
  else replacedKeys.delete(databaseName);
}

/** The key records of this workspace are sealed with now, or null while it is not locked (or not unlocked yet). */
export function workspaceKey(databaseName: string): CryptoKey | null {
  return keys.get(databaseName) ?? null;
}

/** Whether a row, as it is on disk, is sealed. */
export function isSealedRow(row: unknown): boolean {
  return sealedPart(row) !== undefined;
}

function indexedFields(table: DBCoreTable): string[] {
  const paths = [table.schema.primaryKey, ...table.schema.indexes].flatMap((index) =>
    index.keyPath === null ? [] : [index.keyPath].flat(),
  );
  return [...new Set(paths)];
}

function sealedPart(value: unknown): Sealed | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const part: unknown = Reflect.get(value, sealedField);
  return isSealed(part) ? part : undefined;
}

/** The last crypto wait begun in each transaction (see waitInOrder). */
const lastWaits = new WeakMap<object, Promise<unknown>>();

/**
 * `work` inside Dexie.waitFor, which keeps the transaction alive meanwhile — settling no sooner than
 * the waits begun before it in the same transaction. Dexie stops keeping a transaction alive when its
 * latest wait settles, so an earlier wait still running then never settled: with several records
 * sealed or opened side by side, a read or write of a locked workspace could hang for good whenever
 * the crypto finished out of order. The crypto itself still runs side by side.
 */
function waitInOrder<Result>(trans: object, work: Promise<Result>): Promise<Result> {
  const earlier = lastWaits.get(trans);
  const ordered = earlier ? earlier.then(() => work) : work;
  lastWaits.set(
    trans,
    ordered.catch(() => undefined),
  );
  return Dexie.waitFor(ordered);
}

/** `unsealedTables` are passed through as they are: they must hold nothing private. */
export function sealingMiddleware(databaseName: string, unsealedTables: readonly string[]): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'waymark-sealing',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (unsealedTables.includes(tableName)) return table;
        const fields = indexedFields(table);

        /** A record as it goes to disk: the indexed fields readable, the whole record sealed. */
        const close = async (key: CryptoKey, value: unknown) => {
          if (typeof value !== 'object' || value === null) return value;
          const visible = Object.fromEntries(
            fields.filter((field) => field in value).map((field): [string, unknown] => [field, Reflect.get(value, field)]),
          );
          return { ...visible, [sealedField]: await seal(key, value) };
        };
        /** A record as it comes from disk, opened if sealed. */
        const open = async (value: unknown) => {
          const sealed = sealedPart(value);
          if (!sealed) return value;
          const candidates = [replacedKeys.get(databaseName), keys.get(databaseName)].filter((key) => key !== undefined);
          if (candidates.length === 0) throw new Error('This workspace is locked: unlock it with its passphrase first.');
          // AES-GCM refuses a wrong key outright, so trying the replaced key first never misreads a record.
          for (const [index, key] of candidates.entries()) {
            try {
              return await unseal(key, sealed);
            } catch (error) {
              if (index === candidates.length - 1) throw error;
            }
          }
          return undefined;
        };
        // One wait per request, however many records it holds: the crypto of its records runs side by
        // side inside it. (A wait per record made an upgrade of 30,000 sealed ratings freeze for seconds.)
        const openAll = (trans: object, values: unknown[]) =>
          values.some((value) => sealedPart(value) !== undefined)
            ? waitInOrder(trans, Promise.all(values.map(open)))
            : Promise.resolve(values);

        return {
          ...table,
          mutate: async (request) => {
            const key = keys.get(databaseName);
            if ((request.type === 'add' || request.type === 'put') && key) {
              const values = await waitInOrder(request.trans, Promise.all(request.values.map((value) => close(key, value))));
              return table.mutate({ ...request, values });
            }
            return table.mutate(request);
          },
          get: async (request) => (await openAll(request.trans, [await table.get(request)]))[0],
          getMany: async (request) => openAll(request.trans, await table.getMany(request)),
          query: async (request) => {
            const response = await table.query(request);
            return request.values ? { ...response, result: await openAll(request.trans, response.result) } : response;
          },
        };
      },
    }),
  };
}
