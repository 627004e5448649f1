/**
 * A workspace locked with a passphrase by an earlier Waymark: its upgrade reads sealed records, so the
 * passphrase is asked before the upgrade runs, and the upgrade runs with the key. Before, the upgrade
 * ran first, could not open the sealed ratings, and the workspace could not be loaded at all.
 * Written as formats 3 and 4 wrote them (format 3 kept the lock's settings in a small database of its
 * own), through the same sealing the app uses.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { ratingSchema } from '../../../../shared/workspace/schema';
import { deriveKey } from '../../../../renderer/db/sealing';
import { isSealedRow, sealingMiddleware, setWorkspaceKey } from '../../../../renderer/db/sealing-middleware';
import { latestSchemaVersion, schemaVersions } from '../../../../renderer/db/schema-versions';
import { createAppStore } from '../../../../renderer/store/app-store';
import { lockSettingsFor, revertPointRecords, testDatabaseName } from '../db/workspace-test-database';

const passphrase = 'correct horse battery';
const iterations = 1000;

interface Fixture {
  tables: Record<string, unknown[]>;
}

function readFixture(version: number): Fixture {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../fixtures/db/v${version}.json`), 'utf8')) as Fixture;
}

/** A locked workspace exactly as the Waymark of `version` left it: every record sealed with the key. */
async function writeLockedAsVersion(name: string, version: number, tables: Record<string, unknown[]>): Promise<void> {
  const settings = await lockSettingsFor(passphrase, iterations);
  const old = new Dexie(name);
  old.use(sealingMiddleware(name, ['workspaceSettings']));
  for (const entry of schemaVersions.filter((candidate) => candidate.version <= version)) old.version(entry.version).stores(entry.stores);
  setWorkspaceKey(name, await deriveKey(passphrase, settings.salt, iterations));
  await old.open();
  await old.transaction('rw', Object.keys(tables), async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  if (version >= 4) {
    await old.table('workspaceSettings').put(settings);
  } else {
    // Format 3 kept the lock's settings in a database of their own.
    const side = new Dexie(`${name}-lock`);
    side.version(1).stores({ settings: 'id' });
    await side.table('settings').put(settings);
    side.close();
  }
  old.close();
  // A new start: the key lived only in that session.
  setWorkspaceKey(name, null);
}

/** The database as it is on disk: its version and the rows of a table, without upgrading anything. */
async function onDisk(name: string, table: string): Promise<{ version: number; rows: unknown[] }> {
  const asItIs = new Dexie(name);
  await asItIs.open();
  try {
    const rows = asItIs.tables.some((candidate) => candidate.name === table) ? await asItIs.table(table).toArray() : [];
    return { version: asItIs.verno, rows };
  } finally {
    asItIs.close();
  }
}

describe.each([3, 4])('a workspace locked by the Waymark of format %i', (version) => {
  const fixture = readFixture(version);
  const ratings = fixture.tables.ratings ?? [];

  it('asks for the passphrase before upgrading, then upgrades with the key and keeps every record sealed', async () => {
    const name = testDatabaseName();
    await writeLockedAsVersion(name, version, fixture.tables);
    const store = createAppStore();

    const starting = store.getState().startWorkspace(name);
    await vi.waitFor(() => expect(store.getState().workspaceStatus).toBe('locked'));
    expect(store.getState()).toMatchObject({ locked: true, upgradeAfterUnlock: true, db: null, workspaceError: null });
    // Nothing was upgraded yet: the database is as the earlier version left it.
    expect((await onDisk(name, 'ratings')).version).toBe(version);

    expect(await store.getState().unlock('Correct horse battery')).toBe(false);
    expect(store.getState()).toMatchObject({ workspaceStatus: 'locked', unlockError: expect.stringMatching(/does not unlock/) });
    expect((await onDisk(name, 'ratings')).version).toBe(version);

    expect(await store.getState().unlock(passphrase)).toBe(true);
    await starting;
    expect(store.getState()).toMatchObject({ workspaceStatus: 'ready', unlockError: null, upgradeAfterUnlock: false, lockNotice: null });
    const db = store.getState().db;
    if (!db) throw new Error('not opened');
    expect(db.verno).toBe(latestSchemaVersion);
    expect(store.getState().people).toHaveLength((fixture.tables.people ?? []).length);

    // Every rating is the person's own now, with its value, note and date, read through the key.
    const upgraded = await db.ratingsByRater.toArray();
    expect(upgraded).toHaveLength(ratings.length);
    expect(upgraded).toEqual(expect.arrayContaining(ratings.map((rating) => ratingSchema.parse({ ...Object(rating), rater: 'self' }))));
    db.close();

    // And on disk every record is still sealed: nothing private was written plain by the upgrade.
    for (const table of ['people', 'ratingsByRater', 'meetings', 'goals', 'evidence']) {
      const { rows } = await onDisk(name, table);
      expect(rows.length, table).toBe((fixture.tables[table === 'ratingsByRater' ? 'ratings' : table] ?? []).length);
      expect(rows.every(isSealedRow), table).toBe(true);
    }
    setWorkspaceKey(name, null);

    // The next start asks the passphrase as any locked workspace does, and opens.
    const next = createAppStore();
    await next.getState().startWorkspace(name);
    expect(next.getState()).toMatchObject({ workspaceStatus: 'locked', upgradeAfterUnlock: false });
    expect(await next.getState().unlock(passphrase)).toBe(true);
    expect(next.getState().workspaceStatus).toBe('ready');
    expect(await next.getState().db?.ratingsByRater.count()).toBe(ratings.length);
    next.getState().db?.close();
    setWorkspaceKey(name, null);
  }, 30_000);
});

describe('a locked workspace of format 4 with a revert point', () => {
  it('keeps the revert point’s ratings as self-ratings, still sealed, so undoing a restore gives them back', async () => {
    const fixture = readFixture(4);
    const kept = (fixture.tables.revertRecords ?? []).filter((row) => Reflect.get(Object(row), 'table') === 'ratings');
    expect(kept.length).toBeGreaterThan(0);
    const name = testDatabaseName();
    await writeLockedAsVersion(name, 4, fixture.tables);
    const store = createAppStore();

    const starting = store.getState().startWorkspace(name);
    await vi.waitFor(() => expect(store.getState().workspaceStatus).toBe('locked'));
    expect(await store.getState().unlock(passphrase)).toBe(true);
    await starting;

    const db = store.getState().db;
    if (!db) throw new Error('not opened');
    const moved = await revertPointRecords(db, 'ratingsByRater');
    expect(moved).toEqual(kept.map((row) => ({ ...Reflect.get(Object(row), 'record'), rater: 'self' })));
    expect(store.getState().revertPoint).not.toBeNull();
    db.close();
    const { rows } = await onDisk(name, 'revertRecords');
    expect(rows.every(isSealedRow)).toBe(true);
    setWorkspaceKey(name, null);
  }, 30_000);
});
