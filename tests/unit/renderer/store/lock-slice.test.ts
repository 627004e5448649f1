/**
 * The passphrase lock through the store, on a real (fake-indexeddb) workspace: at start a locked
 * workspace waits for its passphrase, a wrong one opens nothing and says so, the right one opens it
 * as it was; turning the lock off leaves nothing to ask for at the next start. Uses the real key
 * derivation (600,000 iterations) as the app does, so it derives as few keys as it can.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { setWorkspaceKey } from '../../../../renderer/db/sealing-middleware';
import { isWorkspaceLocked } from '../../../../renderer/db/workspace-lock';
import { createAppStore } from '../../../../renderer/store/app-store';

const passphrase = 'correct horse battery';

/** A store as the app has it at start: the workspace is opened, or held for its passphrase. */
async function started() {
  const store = createAppStore();
  await store.getState().startWorkspace();
  return store;
}

afterEach(() => setWorkspaceKey('waymark', null));

describe('the passphrase lock through the store', () => {
  it('locks, asks for the passphrase at the next start, unlocks with the right one only, and turns off', async () => {
    const first = await started();
    expect(first.getState().workspaceStatus).toBe('ready');
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
    setWorkspaceKey('waymark', null);

    const second = await started();
    expect([second.getState().workspaceStatus, second.getState().locked, second.getState().db]).toEqual(['locked', true, null]);
    expect(await second.getState().unlock('Correct horse battery')).toBe(false);
    expect(second.getState().unlockError).toMatch(/does not unlock/);
    expect(second.getState().workspaceStatus).toBe('locked');
    expect(await second.getState().unlock(passphrase)).toBe(true);
    expect([second.getState().workspaceStatus, second.getState().unlockError]).toEqual(['ready', null]);
    expect(second.getState().people.map((person) => person.name)).toEqual(['Zoë Ångström']);

    expect(await second.getState().removeLock()).toBe(true);
    expect(second.getState().locked).toBe(false);
    expect(await isWorkspaceLocked()).toBe(false);
    second.getState().db?.close();
    setWorkspaceKey('waymark', null);

    const third = await started();
    expect(third.getState().workspaceStatus).toBe('ready');
    expect(third.getState().people.map((person) => person.name)).toEqual(['Zoë Ångström']);
    third.getState().db?.close();
  }, 60_000);
});
