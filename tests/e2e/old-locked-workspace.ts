/**
 * A workspace locked by an earlier Waymark, put into the browser's own IndexedDB before the app starts.
 * Its rows are sealed in Node by the app's own sealing middleware (on fake-indexeddb, with the schema
 * versions up to the old one), read back exactly as stored, and written into Chromium by Dexie with the
 * same versions: byte for byte what that Waymark left on disk.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { deriveKey, newSalt, seal } from '../../renderer/db/sealing';
import { sealingMiddleware, setWorkspaceKey } from '../../renderer/db/sealing-middleware';
import { schemaVersions } from '../../renderer/db/schema-versions';

/** Rows of each table as stored: binary values as base64, so they cross into the page as JSON. */
type StoredTables = Record<string, unknown[]>;

function fixtureTables(version: number): StoredTables {
  const file = resolve(import.meta.dirname, `../fixtures/db/v${version}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { tables: StoredTables }).tables;
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** JSON with Uint8Array and ArrayBuffer values marked, for the page to turn back into binary. */
function withBinaryMarked(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
  if (value instanceof ArrayBuffer) return { $buffer: toBase64(new Uint8Array(value)) };
  if (Array.isArray(value)) return value.map(withBinaryMarked);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, withBinaryMarked(inner)]));
  }
  return value;
}

/** The tables of the fixture of `version`, as a Waymark of that version locked with `passphrase` stored them. */
async function sealedRows(version: number, passphrase: string, iterations: number): Promise<StoredTables> {
  const name = `old-locked-${crypto.randomUUID()}`;
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  const settings = { id: 'lock', salt, iterations, check: await seal(key, 'waymark') };
  const versions = schemaVersions.filter((entry) => entry.version <= version);
  const old = new Dexie(name, options);
  old.use(sealingMiddleware(name, ['workspaceSettings']));
  for (const entry of versions) old.version(entry.version).stores(entry.stores);
  setWorkspaceKey(name, key);
  try {
    const tables = fixtureTables(version);
    await old.open();
    await old.transaction('rw', Object.keys(tables), async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
      await old.table('workspaceSettings').put(settings);
    });
  } finally {
    old.close();
    setWorkspaceKey(name, null);
  }
  const stored = new Dexie(name, options);
  for (const entry of versions) stored.version(entry.version).stores(entry.stores);
  await stored.open();
  const rows = Object.fromEntries(await Promise.all(stored.tables.map(async (table) => [table.name, await table.toArray()] as const)));
  stored.close();
  return withBinaryMarked(rows) as StoredTables;
}

/**
 * Puts a workspace locked by the Waymark of `version` (format 4 or later: its lock settings are in the
 * workspace) into the page's origin, from a blank page of that origin so the app does not start first.
 */
export async function putOldLockedWorkspace(page: Page, version: number, passphrase: string, iterations = 1000): Promise<void> {
  const tables = await sealedRows(version, passphrase, iterations);
  const stores = schemaVersions
    .filter((entry) => entry.version <= version)
    .map((entry) => ({ version: entry.version, stores: entry.stores }));
  await page.route('**/blank-for-setup', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>setup</title>' }),
  );
  await page.goto('/blank-for-setup');
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('dexie/dist/dexie.js') });
  await page.evaluate(
    async ({ tables, stores }) => {
      const fromBase64 = (text: string) => Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
      const binary = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(binary);
        if (typeof value !== 'object' || value === null) return value;
        if ('$bytes' in value && typeof value.$bytes === 'string') return fromBase64(value.$bytes);
        if ('$buffer' in value && typeof value.$buffer === 'string') return fromBase64(value.$buffer).buffer;
        return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, binary(inner)]));
      };
      const DexieInPage = (window as unknown as { Dexie: typeof Dexie }).Dexie;
      const db = new DexieInPage('waymark');
      for (const entry of stores) db.version(entry.version).stores(entry.stores);
      await db.open();
      await db.transaction('rw', Object.keys(tables), async () => {
        for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkAdd(rows.map(binary));
      });
      db.close();
    },
    { tables, stores },
  );
}

/** The workspace's format and its rows of `table` as stored, read beside the app. */
export function storedRows(page: Page, table: string): Promise<{ version: number; rows: unknown[] }> {
  return page.evaluate(
    (table) =>
      new Promise((resolve, reject) => {
        const opening = indexedDB.open('waymark');
        opening.onerror = () => reject(opening.error ?? new Error('the workspace did not open'));
        opening.onsuccess = () => {
          const db = opening.result;
          const reading = db.transaction(table).objectStore(table).getAll();
          reading.onsuccess = () => {
            db.close();
            // Dexie stores format n as IndexedDB version 10n.
            resolve({ version: Math.floor(db.version / 10), rows: reading.result });
          };
          reading.onerror = () => reject(reading.error ?? new Error(`${table} could not be read`));
        };
      }),
    table,
  );
}
