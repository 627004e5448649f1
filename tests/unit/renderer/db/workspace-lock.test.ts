/**
 * The passphrase lock on a real (fake-indexeddb) database: sealed records hold nothing readable but
 * their ids, the revert point included; a wrong passphrase opens nothing; turning the lock on, off or
 * changing it happens whole or not at all; records left plain in a locked workspace are found and sealed.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreWorkspace, undoRestore } from '../../../../renderer/db/backup-repository';
import { ensureMe, listPeople, updatePerson } from '../../../../renderer/db/people-repository';
import { isSealedRow, setWorkspaceKey, workspaceKey } from '../../../../renderer/db/sealing-middleware';
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import {
  lockState,
  rekeyPageSize,
  removePassphrase,
  sealedTableNames,
  sealPlainRecords,
  setPassphrase,
  unlockWorkspace,
} from '../../../../renderer/db/workspace-lock';
import { adoptLegacyStores, readLockSettings } from '../../../../renderer/db/workspace-settings';
import { backupToJson, createBackup, emptyWorkspaceTables } from '../../../../shared/backup/backup-file';
import { lockSettingsFor, person, revertPointRecords, testDatabaseName } from './workspace-test-database';

// Few iterations in tests: the count is a parameter, and 600,000 would take seconds per test.
const iterations = 1000;
const canary = 'CANARY-7f3a-private-note';
const names: string[] = [];

async function rawRows(name: string, table: string): Promise<unknown[]> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    return await raw.table(table).toArray();
  } finally {
    raw.close();
  }
}

/** A table's rows as stored, binary values spelled out in hex, so two states compare byte for byte. */
async function rawText(name: string, table: string): Promise<string> {
  return JSON.stringify(await rawRows(name, table), (_key, value: unknown) =>
    value instanceof ArrayBuffer || ArrayBuffer.isView(value)
      ? Buffer.from(value instanceof ArrayBuffer ? value : value.buffer).toString('hex')
      : value,
  );
}

async function lockedWorkspace() {
  const name = testDatabaseName();
  names.push(name);
  const db = await openWorkspaceDatabase(name);
  const me = await ensureMe(db);
  await updatePerson(db, me.id, { notes: canary, name: 'Zoë' });
  return { name, db, me };
}

/** Every record as stored, counted plain or sealed (lockState looks at every record only when it must). */
async function recordsAsStored(name: string): Promise<{ plainRecords: number; sealedRecords: number }> {
  const rows = (await Promise.all(sealedTableNames.map((table) => rawRows(name, table)))).flat();
  const sealedRecords = rows.filter(isSealedRow).length;
  return { plainRecords: rows.length - sealedRecords, sealedRecords };
}

afterEach(() => {
  for (const name of names.splice(0)) setWorkspaceKey(name, null);
});

describe('the passphrase lock', () => {
  it('rewrites a workspace many pages long page by page, reporting progress up to every record, and a new passphrase opens all of it', async () => {
    const { name, db, me } = await lockedWorkspace();
    const many = Array.from({ length: rekeyPageSize * 4 + 13 }, (_, index) => person({ name: `Мария ${index} ${canary}` }));
    await db.people.bulkAdd(many);
    const before = await listPeople(db);
    const seen: [number, number][] = [];
    await setPassphrase(db, 'correct horse battery', iterations, (done, total) => seen.push([done, total]));
    await setPassphrase(db, 'another long passphrase', iterations, (done, total) => seen.push([done, total]));
    const total = many.length + 1;
    expect(seen.filter(([, of]) => of !== total)).toEqual([]);
    const steps = [0, 1, 2, 3, 4].map((page) => page * rekeyPageSize).concat(total);
    expect(seen.map(([done]) => done)).toEqual([...steps, ...steps]);
    expect(await listPeople(db)).toEqual(before);
    expect(await recordsAsStored(name)).toEqual({ plainRecords: 0, sealedRecords: total });
    expect(JSON.stringify(await rawRows(name, 'people'))).not.toContain(canary);

    // Only the new passphrase opens it: the old key is gone with the change.
    setWorkspaceKey(name, null);
    expect(await unlockWorkspace(db, 'correct horse battery')).toBe(false);
    expect(await unlockWorkspace(db, 'another long passphrase')).toBe(true);
    expect((await listPeople(db)).find((entry) => entry.id === me.id)?.name).toBe('Zoë');
    db.close();
  });

  it('seals every record, leaving only the indexed ids readable', async () => {
    const { name, db, me } = await lockedWorkspace();
    await setPassphrase(db, 'correct horse battery', iterations);

    expect(await lockState(db)).toEqual({ locked: true, plainRecords: 0, sealedRecords: 1 });
    const raw = await rawRows(name, 'people');
    expect(JSON.stringify(raw)).not.toContain(canary);
    expect(JSON.stringify(raw)).not.toContain('Zoë');
    expect(raw[0]).toMatchObject({ id: me.id, relationship: 'me', __sealed: expect.anything() });
    expect((await listPeople(db))[0]).toMatchObject({ name: 'Zoë', notes: canary });
    db.close();
  });

  it('opens nothing without the passphrase, refuses a wrong one, and opens with the right one', async () => {
    const { name, db } = await lockedWorkspace();
    await setPassphrase(db, 'correct horse battery', iterations);
    db.close();
    setWorkspaceKey(name, null);

    const locked = await openWorkspaceDatabase(name);
    await expect(listPeople(locked)).rejects.toThrow(/locked/);
    expect(await unlockWorkspace(locked, 'wrong passphrase')).toBe(false);
    await expect(listPeople(locked)).rejects.toThrow(/locked/);
    expect(await unlockWorkspace(locked, 'correct horse battery')).toBe(true);
    expect(await listPeople(locked)).toHaveLength(1);
    locked.close();
  });

  it('turns the lock off, writing every record plain again', async () => {
    const { name, db } = await lockedWorkspace();
    await setPassphrase(db, 'correct horse battery', iterations);
    await removePassphrase(db);
    expect(await lockState(db)).toEqual({ locked: false, plainRecords: 1, sealedRecords: 0 });
    expect(JSON.stringify(await rawRows(name, 'people'))).toContain(canary);
    db.close();
  });

  it('refuses a passphrase shorter than 8 characters and changes nothing', async () => {
    const { db } = await lockedWorkspace();
    await expect(setPassphrase(db, 'short', iterations)).rejects.toThrow('use at least 8 characters');
    expect((await lockState(db)).locked).toBe(false);
    db.close();
  });
});

describe('the revert point under the lock', () => {
  it('is sealed when made while locked, and follows the lock off, on and to a new passphrase', async () => {
    const { name, db } = await lockedWorkspace();
    await setPassphrase(db, 'correct horse battery', iterations);
    await restoreWorkspace(db, { ...emptyWorkspaceTables(), people: [person({ relationship: 'me', name: 'Restored' })] });
    expect(await revertPointRecords(db)).toHaveLength(1);
    expect(JSON.stringify(await rawRows(name, 'revertRecords'))).not.toContain(canary);
    expect((await lockState(db)).plainRecords).toBe(0);

    await removePassphrase(db);
    expect(JSON.stringify(await rawRows(name, 'revertRecords'))).toContain(canary);

    await setPassphrase(db, 'correct horse battery', iterations);
    expect(JSON.stringify(await rawRows(name, 'revertRecords'))).not.toContain(canary);
    const before = await rawText(name, 'revertRecords');
    await setPassphrase(db, 'another long passphrase', iterations);
    const after = await rawText(name, 'revertRecords');
    expect(after).not.toBe(before);
    expect(after).not.toContain(canary);
    db.close();
    setWorkspaceKey(name, null);

    const reopened = await openWorkspaceDatabase(name);
    expect(await unlockWorkspace(reopened, 'correct horse battery')).toBe(false);
    expect(await unlockWorkspace(reopened, 'another long passphrase')).toBe(true);
    expect(await revertPointRecords(reopened, 'people')).toMatchObject([{ notes: canary }]);

    // Undone while locked: the person is back, read through the lock, and stored sealed.
    await undoRestore(reopened);
    expect(await listPeople(reopened)).toMatchObject([{ name: 'Zoë', notes: canary }]);
    expect(JSON.stringify(await rawRows(name, 'people'))).not.toContain(canary);
    expect(await reopened.revertRecords.count()).toBe(0);
    reopened.close();
  });
});

describe('a lock change that fails midway', () => {
  it('leaves the workspace exactly as it was: lock off, every record plain and readable', async () => {
    const { name, db } = await lockedWorkspace();
    // A record the sealing cannot serialise makes the transaction fail after some records were sealed.
    const raw = new Dexie(name);
    await raw.open();
    await raw.table('meetings').add({ id: 'zz-unsealable', personId: 'x', date: '2026-01-01', big: 10n });
    raw.close();

    await expect(setPassphrase(db, 'correct horse battery', iterations)).rejects.toThrow();

    expect(await lockState(db)).toEqual({ locked: false, plainRecords: 2, sealedRecords: 0 });
    expect(workspaceKey(name)).toBeNull();
    expect((await listPeople(db))[0]).toMatchObject({ notes: canary });
    db.close();
  });
});

describe('a passphrase change or removal that fails midway', () => {
  async function lockedWithOneRecordSpoiled() {
    const { name, db } = await lockedWorkspace();
    await db.people.add(person({ name: 'Priya' }));
    await setPassphrase(db, 'correct horse battery', iterations);
    const before = await rawText(name, 'people');
    return { name, db, before };
  }

  it('leaves a change undone: the old passphrase still opens every record', async () => {
    const { name, db, before } = await lockedWithOneRecordSpoiled();
    // A plain record the new key cannot seal (it does not serialise) makes the rewrite fail midway.
    const raw = new Dexie(name);
    await raw.open();
    await raw.table('meetings').add({ id: 'zz-unsealable', personId: 'x', date: '2026-01-01', big: 10n });
    raw.close();

    await expect(setPassphrase(db, 'another long passphrase', iterations)).rejects.toThrow();

    expect(await rawText(name, 'people')).toBe(before);
    db.close();
    setWorkspaceKey(name, null);
    const reopened = await openWorkspaceDatabase(name);
    expect(await unlockWorkspace(reopened, 'another long passphrase')).toBe(false);
    expect(await unlockWorkspace(reopened, 'correct horse battery')).toBe(true);
    expect((await listPeople(reopened)).map((row) => row.name)).toEqual(['Zoë', 'Priya']);
    reopened.close();
  });

  it('leaves a removal undone: still locked, every record still sealed', async () => {
    const { name, db, before } = await lockedWithOneRecordSpoiled();
    // A sealed record changed on disk fails to open, so turning the lock off fails midway.
    const raw = new Dexie(name);
    await raw.open();
    const [spoilt] = (await raw.table('people').toArray()) as { __sealed: { data: ArrayBuffer } }[];
    if (!spoilt) throw new Error('no record');
    const bytes = new Uint8Array(spoilt.__sealed.data);
    bytes.set([(bytes[0] ?? 0) ^ 0xff]);
    await raw.table('people').put(spoilt);
    raw.close();
    const spoiltRows = await rawText(name, 'people');
    expect(spoiltRows).not.toBe(before);

    await expect(removePassphrase(db)).rejects.toThrow();

    expect((await lockState(db)).locked).toBe(true);
    expect(await recordsAsStored(name)).toEqual({ plainRecords: 0, sealedRecords: 2 });
    expect(await rawText(name, 'people')).toBe(spoiltRows);
    expect(workspaceKey(name)).not.toBeNull();
    db.close();
  });
});

describe('a locked workspace whose records are plain', () => {
  it('is found at start and sealed once unlocked', async () => {
    const { name, db } = await lockedWorkspace();
    // As an earlier Waymark left it when killed between writing the settings and sealing the records.
    await db.workspaceSettings.put(await lockSettingsFor('correct horse battery', iterations));
    expect(await lockState(db)).toEqual({ locked: true, plainRecords: 1, sealedRecords: 0 });

    expect(await unlockWorkspace(db, 'correct horse battery')).toBe(true);
    expect(await sealPlainRecords(db)).toBe(1);
    expect(await lockState(db)).toEqual({ locked: true, plainRecords: 0, sealedRecords: 1 });
    expect(JSON.stringify(await rawRows(name, 'people'))).not.toContain(canary);
    expect(await sealPlainRecords(db)).toBe(0);
    db.close();
  });
});

describe('the start of a locked workspace', () => {
  /** A record written past the sealing middleware, as a bug or an earlier version might have left it. */
  async function plantPlainPerson(name: string, id: string) {
    const raw = new Dexie(name);
    await raw.open();
    try {
      await raw.table('people').put(person({ id, name: 'Plain Żaneta', notes: canary }));
    } finally {
      raw.close();
    }
  }

  it('looks at every record once, then only the first of each table while the schema stays the same', async () => {
    const { name, db } = await lockedWorkspace();
    await setPassphrase(db, 'correct horse battery', iterations);
    expect((await readLockSettings(db))?.allSealedAtVersion).toBe(db.verno);
    // Sorted last among the people: a start that looks only at the first record does not see it.
    await plantPlainPerson(name, 'zzzz-last');
    expect(await lockState(db)).toEqual({ locked: true, plainRecords: 0, sealedRecords: 1 });

    // Settings written before a schema upgrade: every record is looked at again, and the plain one sealed.
    const settings = await readLockSettings(db);
    if (!settings) throw new Error('no lock settings');
    await db.workspaceSettings.put({ ...settings, allSealedAtVersion: db.verno - 1 });
    const state = await lockState(db);
    expect(state).toEqual({ locked: true, plainRecords: 1, sealedRecords: 1 });
    expect(await sealPlainRecords(db, state)).toBe(1);
    expect(JSON.stringify(await rawRows(name, 'people'))).not.toContain(canary);
    expect((await readLockSettings(db))?.allSealedAtVersion).toBe(db.verno);
    db.close();
  });

  it('looks at every record when the first it looks at is plain, though the settings say all were sealed', async () => {
    const { name, db } = await lockedWorkspace();
    await setPassphrase(db, 'correct horse battery', iterations);
    await plantPlainPerson(name, '0000-first');
    await plantPlainPerson(name, 'zzzz-last');
    expect(await lockState(db)).toEqual({ locked: true, plainRecords: 2, sealedRecords: 1 });
    db.close();
  });

  it('counts each record of a revert-point page left plain, as the unlock screen and its notice say them', async () => {
    const { name, db } = await lockedWorkspace();
    await setPassphrase(db, 'correct horse battery', iterations);
    // A page of three people, kept plain under the lock (as a revert point adopted from an earlier version is).
    const raw = new Dexie(name);
    await raw.open();
    const page = [person({ name: 'Ana' }), person({ name: '李雷' }), person({ name: 'Zoë 🌱', notes: canary })];
    await raw.table('revertRecords').put({ table: 'people', position: 0, records: page });
    raw.close();

    const state = await lockState(db);
    expect(state).toEqual({ locked: true, plainRecords: 3, sealedRecords: 1 });
    expect(await sealPlainRecords(db, state)).toBe(3);
    expect(JSON.stringify(await rawRows(name, 'revertRecords'))).not.toContain(canary);
    expect(await revertPointRecords(db, 'people')).toMatchObject(page.map(({ name: personName }) => ({ name: personName })));
    db.close();
  });

  it('records it once the settings of an earlier version are found with every record sealed', async () => {
    const { db } = await lockedWorkspace();
    await setPassphrase(db, 'correct horse battery', iterations);
    const settings = await readLockSettings(db);
    if (!settings) throw new Error('no lock settings');
    await db.workspaceSettings.put({ id: 'lock', salt: settings.salt, iterations: settings.iterations, check: settings.check });
    const state = await lockState(db);
    expect(state).toEqual({ locked: true, plainRecords: 0, sealedRecords: 1 });
    expect(await sealPlainRecords(db, state)).toBe(0);
    expect((await readLockSettings(db))?.allSealedAtVersion).toBe(db.verno);
    db.close();
  });
});

describe('settings kept by earlier versions beside the workspace', () => {
  it('are taken into the workspace database, the old databases deleted, and the revert point kept', async () => {
    const { name, db } = await lockedWorkspace();
    const lock = new Dexie(`${name}-lock`);
    lock.version(1).stores({ settings: 'id' });
    await lock.table('settings').put(await lockSettingsFor('correct horse battery', iterations));
    lock.close();
    const revert = new Dexie(`${name}-revert-point`);
    revert.version(1).stores({ points: 'id' });
    const before = { ...emptyWorkspaceTables(), people: [person({ relationship: 'me', notes: canary })] };
    await revert
      .table('points')
      .put({ id: 'latest', json: backupToJson(createBackup(before, 'revert-point', new Date('2026-11-20T08:00:00.000Z'))) });
    revert.close();

    await adoptLegacyStores(db);

    expect(await Dexie.exists(`${name}-lock`)).toBe(false);
    expect(await Dexie.exists(`${name}-revert-point`)).toBe(false);
    expect((await readLockSettings(db))?.iterations).toBe(iterations);
    expect(await db.workspaceSettings.get('revert-point')).toEqual({ id: 'revert-point', createdAt: '2026-11-20T08:00:00.000Z' });
    // Everything plain until the passphrase is given; then sealed, the revert point too.
    expect(await lockState(db)).toEqual({ locked: true, plainRecords: 2, sealedRecords: 0 });
    expect(await unlockWorkspace(db, 'correct horse battery')).toBe(true);
    expect(await sealPlainRecords(db)).toBe(2);
    expect(JSON.stringify(await rawRows(name, 'revertRecords'))).not.toContain(canary);
    expect(await revertPointRecords(db)).toMatchObject([{ notes: canary }]);
    db.close();
  });
});
