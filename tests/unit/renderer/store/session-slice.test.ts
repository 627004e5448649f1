/**
 * The session's write path: an exclusive write (a restore, a lock change) runs alone — a write asked
 * for while it runs starts only after it — and Try again is offered only where the same write can succeed.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { WorkspaceError } from '../../../../renderer/db/workspace-error';
import { createAppStore } from '../../../../renderer/store/app-store';
import { openTestDatabase, testDatabaseName } from '../db/workspace-test-database';

async function writer() {
  const store = createAppStore();
  store.setState({ db: await openTestDatabase() });
  return store;
}

describe('writes', () => {
  it('asked for during an exclusive write wait until it is done', async () => {
    const { write } = (await writer()).getState();
    const order: string[] = [];
    let finish = () => {};
    const exclusive = write(
      async () => {
        order.push('lock started');
        await new Promise<void>((done) => (finish = done));
        order.push('lock done');
      },
      { action: 'the lock', exclusive: true },
    );
    const rating = write(async () => void order.push('rating'));
    await new Promise((done) => setTimeout(done, 20));
    expect(order).toEqual(['lock started']);
    finish();
    expect(await exclusive).toBe(true);
    expect(await rating).toBe(true);
    expect(order).toEqual(['lock started', 'lock done', 'rating']);
  });

  it('still say "Saving…" when a problem is dismissed while another write runs', async () => {
    const store = await writer();
    let finish = () => {};
    const held = new Promise<undefined>((done) => (finish = () => done(undefined)));
    const running = store.getState().write(async () => void (await held));
    store.getState().dismissSaveProblem();
    expect(store.getState().saveState).toBe('saving');
    finish();
    await running;
    expect(store.getState().saveState).toBe('saved');
    store.getState().dismissSaveProblem();
    expect(store.getState().saveState).toBe('idle');
  });

  it('go on after an exclusive write that failed', async () => {
    const { write } = (await writer()).getState();
    expect(await write(() => Promise.reject(new Error('disk on fire')), { action: 'the lock', exclusive: true })).toBe(false);
    expect(await write(async () => undefined)).toBe(true);
  });

  it('offer to try again only where trying again can work', async () => {
    const store = await writer();
    const { write } = store.getState();
    await write(() => Promise.reject(new WorkspaceError('invalid', 'The data breaks a rule.')));
    expect(store.getState().saveProblem).toMatchObject({ message: 'The data breaks a rule.', retry: undefined });
    await write(() => Promise.reject(new WorkspaceError('quota', 'The disk is full.')));
    expect(store.getState().saveProblem?.retry).toBeTypeOf('function');
  });
});

describe('opening the workspace', () => {
  it('has the database in place by the time the people appear, so a screen can open a person at once', async () => {
    const store = createAppStore();
    let opened: Promise<void> | undefined;
    const stop = store.subscribe((state, before) => {
      const me = state.people[0];
      if (me && before.people.length === 0) opened = state.openPerson(me.id);
    });
    await store.getState().attachWorkspace(() => openTestDatabase());
    stop();
    await opened;
    expect(store.getState().openPersonId).toBe(store.getState().people[0]?.id);
  });

  it('creates "me" on the first start and writes nothing on a later one', async () => {
    const name = testDatabaseName();
    const first = createAppStore();
    await first.getState().attachWorkspace(() => openTestDatabase(name));
    const me = first.getState().people;
    expect(me.map((person) => person.relationship)).toEqual(['me']);
    first.getState().db?.close();

    const db = await openTestDatabase(name);
    const transactions = vi.spyOn(db, 'transaction');
    const later = createAppStore();
    await later.getState().attachWorkspace(async () => db);
    expect(later.getState().workspaceStatus).toBe('ready');
    expect(later.getState().people).toEqual(me);
    expect(transactions).toHaveBeenCalled();
    expect(transactions.mock.calls.map(([mode]) => mode)).not.toContain('rw');
  });
});
