/**
 * The lock from the store's side, at start: a locked workspace waits for its passphrase; one whose
 * records disagree with its lock is sealed once unlocked, and the person is told. And turning the lock
 * on and off through the store, with the real key derivation (600,000 iterations) the app uses.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ensureMe, updatePerson } from '../../../../renderer/db/people-repository';
import { setWorkspaceKey } from '../../../../renderer/db/sealing-middleware';
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { lockState, setPassphrase } from '../../../../renderer/db/workspace-lock';
import { createAppStore } from '../../../../renderer/store/app-store';
import { repairedNotice } from '../../../../renderer/store/lock-slice';
import { lockSettingsFor, testDatabaseName } from '../db/workspace-test-database';

const iterations = 1000;

describe('starting a locked workspace', () => {
  it('waits for the passphrase, then opens', async () => {
    const name = testDatabaseName();
    const db = await openWorkspaceDatabase(name);
    await ensureMe(db);
    await setPassphrase(db, 'correct horse battery', iterations);
    db.close();
    setWorkspaceKey(name, null);

    const store = createAppStore();
    await store.getState().startWorkspace(name);
    expect(store.getState()).toMatchObject({ workspaceStatus: 'locked', locked: true, plainRecordsAtStart: 0, db: null });
    expect(await store.getState().unlock('wrong passphrase')).toBe(false);
    expect(await store.getState().unlock('correct horse battery')).toBe(true);
    expect(store.getState()).toMatchObject({ workspaceStatus: 'ready', lockNotice: null });
    expect(store.getState().people).toHaveLength(1);
    store.getState().db?.close();
    setWorkspaceKey(name, null);
  });

  it('finds records left plain under the lock, seals them on unlock, and says so', async () => {
    const name = testDatabaseName();
    const db = await openWorkspaceDatabase(name);
    const me = await ensureMe(db);
    await updatePerson(db, me.id, { notes: 'private' });
    // The settings written, the records not yet sealed: where an interrupted lock used to stop.
    await db.workspaceSettings.put(await lockSettingsFor('correct horse battery', iterations));
    db.close();

    const store = createAppStore();
    await store.getState().startWorkspace(name);
    expect(store.getState()).toMatchObject({ workspaceStatus: 'locked', plainRecordsAtStart: 1 });
    expect(await store.getState().unlock('correct horse battery')).toBe(true);
    expect(store.getState().lockNotice).toBe(repairedNotice(1));
    expect(repairedNotice(1)).toMatch(/^1 record was stored unencrypted in this locked workspace .* They are encrypted now;/);
    const opened = store.getState().db;
    if (!opened) throw new Error('not opened');
    expect(await lockState(opened)).toEqual({ locked: true, plainRecords: 0, sealedRecords: 1 });
    opened.close();
    setWorkspaceKey(name, null);
  });

  it('says so, and changes nothing, when records are sealed but the lock’s settings are gone', async () => {
    const name = testDatabaseName();
    const db = await openWorkspaceDatabase(name);
    await ensureMe(db);
    await setPassphrase(db, 'correct horse battery', iterations);
    await db.workspaceSettings.delete('lock');
    db.close();
    setWorkspaceKey(name, null);

    const store = createAppStore();
    await store.getState().startWorkspace(name);
    expect(store.getState()).toMatchObject({ workspaceStatus: 'failed', db: null });
    expect(store.getState().workspaceError).toMatch(/^Records of your workspace are encrypted, but its passphrase settings are missing/);
  });

  it('opens an unlocked workspace at once', async () => {
    const store = createAppStore();
    await store.getState().startWorkspace(testDatabaseName());
    expect(store.getState()).toMatchObject({ workspaceStatus: 'ready', locked: false });
    store.getState().db?.close();
  });
});

describe('turning the lock on and off through the store', () => {
  const passphrase = 'correct horse battery';

  async function started(name: string) {
    const store = createAppStore();
    await store.getState().startWorkspace(name);
    return store;
  }

  it('locks, asks for the passphrase at the next start, and leaves nothing to ask for once turned off', async () => {
    const name = testDatabaseName();
    const first = await started(name);
    const me = first.getState().people[0];
    if (!me) throw new Error('no "me" was created');
    await first.getState().changePerson(me.id, { name: 'Zoë Ångström' });

    expect(await first.getState().lockWithPassphrase('short')).toBe(false);
    expect(first.getState().locked).toBe(false);
    expect(first.getState().saveProblem?.message).toMatch(/at least 8 characters/);
    expect(await first.getState().lockWithPassphrase(passphrase)).toBe(true);
    expect(first.getState().locked).toBe(true);
    first.getState().db?.close();
    // A new start: the key lived only in that session.
    setWorkspaceKey(name, null);

    const second = await started(name);
    expect(second.getState()).toMatchObject({ workspaceStatus: 'locked', locked: true, db: null });
    expect(await second.getState().unlock('Correct horse battery')).toBe(false);
    expect(second.getState()).toMatchObject({ workspaceStatus: 'locked', unlockError: expect.stringMatching(/does not unlock/) });
    expect(await second.getState().unlock(passphrase)).toBe(true);
    expect(second.getState()).toMatchObject({ workspaceStatus: 'ready', unlockError: null });
    expect(second.getState().people.map((person) => person.name)).toEqual(['Zoë Ångström']);

    expect(await second.getState().removeLock()).toBe(true);
    expect(second.getState().locked).toBe(false);
    second.getState().db?.close();
    setWorkspaceKey(name, null);

    const third = await started(name);
    expect(third.getState()).toMatchObject({ workspaceStatus: 'ready', locked: false });
    expect(third.getState().people.map((person) => person.name)).toEqual(['Zoë Ångström']);
    third.getState().db?.close();
  }, 60_000);
});
