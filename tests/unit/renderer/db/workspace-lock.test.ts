/**
 * The passphrase lock on a real (fake-indexeddb) database: sealed records hold nothing readable but
 * their ids, a wrong passphrase opens nothing, and turning the lock off gives every record back plain.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { listPeople, updatePerson } from '../../../../renderer/db/people-repository';
import { setWorkspaceKey } from '../../../../renderer/db/sealing-middleware';
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { isWorkspaceLocked, removePassphrase, setPassphrase, unlockWorkspace } from '../../../../renderer/db/workspace-lock';
import { ensureMe } from '../../../../renderer/db/people-repository';
import { testDatabaseName } from './workspace-test-database';

// Few iterations in tests: the count is a parameter, and 600,000 would take seconds per test.
const iterations = 1000;
const canary = 'CANARY-7f3a-private-note';

async function rawPeople(name: string): Promise<unknown[]> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    return await raw.table('people').toArray();
  } finally {
    raw.close();
  }
}

afterEach(() => {
  setWorkspaceKey('any', null);
});

describe('the passphrase lock', () => {
  it('seals every record, leaving only the indexed ids readable', async () => {
    const name = testDatabaseName();
    const db = await openWorkspaceDatabase(name);
    const me = await ensureMe(db);
    await updatePerson(db, me.id, { notes: canary, name: 'Zoë' });
    await setPassphrase(db, 'correct horse battery', iterations);

    expect(await isWorkspaceLocked(name)).toBe(true);
    const raw = await rawPeople(name);
    expect(JSON.stringify(raw)).not.toContain(canary);
    expect(JSON.stringify(raw)).not.toContain('Zoë');
    expect(raw[0]).toMatchObject({ id: me.id, relationship: 'me', __sealed: expect.anything() });
    expect((await listPeople(db))[0]).toMatchObject({ name: 'Zoë', notes: canary });
    db.close();
    setWorkspaceKey(name, null);
  });

  it('opens nothing without the passphrase, refuses a wrong one, and opens with the right one', async () => {
    const name = testDatabaseName();
    const db = await openWorkspaceDatabase(name);
    await ensureMe(db);
    await setPassphrase(db, 'correct horse battery', iterations);
    db.close();
    setWorkspaceKey(name, null);

    const locked = await openWorkspaceDatabase(name);
    await expect(listPeople(locked)).rejects.toThrow(/locked/);
    expect(await unlockWorkspace('wrong passphrase', name)).toBe(false);
    await expect(listPeople(locked)).rejects.toThrow(/locked/);
    expect(await unlockWorkspace('correct horse battery', name)).toBe(true);
    expect(await listPeople(locked)).toHaveLength(1);
    locked.close();
    setWorkspaceKey(name, null);
  });

  it('turns the lock off, writing every record plain again', async () => {
    const name = testDatabaseName();
    const db = await openWorkspaceDatabase(name);
    const me = await ensureMe(db);
    await updatePerson(db, me.id, { notes: canary });
    await setPassphrase(db, 'correct horse battery', iterations);
    await removePassphrase(db);
    expect(await isWorkspaceLocked(name)).toBe(false);
    expect(JSON.stringify(await rawPeople(name))).toContain(canary);
    db.close();
  });

  it('refuses a passphrase shorter than 8 characters and changes nothing', async () => {
    const name = testDatabaseName();
    const db = await openWorkspaceDatabase(name);
    await ensureMe(db);
    await expect(setPassphrase(db, 'short', iterations)).rejects.toThrow('use at least 8 characters');
    expect(await isWorkspaceLocked(name)).toBe(false);
    db.close();
  });
});
