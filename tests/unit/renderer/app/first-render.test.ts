/**
 * The first screen waits for the start's answers (frameworks, workspace) before it is drawn, and no
 * longer than its patience: a slow start shows its loading message.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readyForFirstScreen, whenStartAnswered } from '../../../../renderer/app/first-render';
import { ensureMe } from '../../../../renderer/db/people-repository';
import { createAppStore } from '../../../../renderer/store/app-store';
import { evidence, openTestDatabase } from '../db/workspace-test-database';

function watch(promise: Promise<void>) {
  const seen = { done: false };
  void promise.then(() => (seen.done = true));
  return seen;
}

const me = {
  id: 'me-1',
  name: 'Me',
  relationship: 'me' as const,
  target: null,
  expectedProficiency: 3 as const,
  notes: '',
  createdAt: '2026-12-04T10:00:00.000Z',
  updatedAt: '2026-12-04T10:00:00.000Z',
};

describe('whenStartAnswered', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for both the frameworks and the workspace', async () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const seen = watch(whenStartAnswered(store));
    store.setState({ catalogStatus: 'ready' });
    await vi.advanceTimersByTimeAsync(10);
    expect(seen.done).toBe(false);
    store.setState({ workspaceStatus: 'ready' });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.done).toBe(true);
  });

  it.each([
    ['a failed catalog and a workspace asking for its passphrase', { catalogStatus: 'failed', workspaceStatus: 'locked' }],
    ['frameworks read and a workspace that could not be opened', { catalogStatus: 'ready', workspaceStatus: 'failed' }],
  ] as const)('counts %s as answered', async (_case, state) => {
    vi.useFakeTimers();
    const store = createAppStore();
    const seen = watch(whenStartAnswered(store));
    store.setState(state);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.done).toBe(true);
  });

  it('draws what it has once its patience is over, and stops listening', async () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const unsubscribed = vi.fn();
    const watched = {
      getState: store.getState,
      subscribe: (listener: Parameters<typeof store.subscribe>[0]) => {
        const unsubscribe = store.subscribe(listener);
        return () => {
          unsubscribed();
          unsubscribe();
        };
      },
    };
    const seen = watch(whenStartAnswered(watched, 400));
    await vi.advanceTimersByTimeAsync(399);
    expect(seen.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen.done).toBe(true);
    expect(unsubscribed).toHaveBeenCalledTimes(1);
  });

  it('answers at once when the start has already answered', async () => {
    const store = createAppStore();
    store.setState({ catalogStatus: 'ready', workspaceStatus: 'ready' });
    await expect(whenStartAnswered(store)).resolves.toBeUndefined();
  });
});

describe('readyForFirstScreen', () => {
  afterEach(() => vi.useRealTimers());

  it('reads the person the first screen shows before it is drawn, so their screen need not read again', async () => {
    const db = await openTestDatabase();
    const you = await ensureMe(db);
    const entry = evidence(you.id, { text: 'Led the incident review in 日本語 too 🚀' });
    await db.evidence.add(entry);
    const store = createAppStore();
    store.setState({ catalogStatus: 'ready', workspaceStatus: 'ready', people: [you], db });

    await readyForFirstScreen(store);

    expect(store.getState().route).toEqual({ view: 'person', personId: you.id, tab: 'rate' });
    expect(store.getState().openPersonId).toBe(you.id);
    expect(store.getState().evidence.map((item) => item.text)).toEqual([entry.text]);
    expect(store.getState().takeFirstScreenRead(you.id)).toBe(true);
    // Once: the screen drawn again later (another person in between) reads afresh.
    expect(store.getState().takeFirstScreenRead(you.id)).toBe(false);
  });

  it('lets their screen read afresh when someone else was opened before it was drawn', async () => {
    const db = await openTestDatabase();
    const you = await ensureMe(db);
    const store = createAppStore();
    store.setState({ catalogStatus: 'ready', workspaceStatus: 'ready', people: [you], db });
    await readyForFirstScreen(store);
    const report = await store.getState().addPerson({ name: 'Zoë Ōtsuka', relationship: 'report', target: null });
    if (!report) throw new Error('the report was not added');

    await store.getState().openPerson(report.id);

    expect(store.getState().takeFirstScreenRead(you.id)).toBe(false);
  });

  it('draws the screen once its patience is over, however long the person takes to read', async () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const db = {} as NonNullable<ReturnType<typeof store.getState>['db']>;
    store.setState({
      catalogStatus: 'ready',
      workspaceStatus: 'ready',
      people: [me],
      db,
      openPersonForFirstScreen: () => new Promise(() => {}),
    });
    const seen = watch(readyForFirstScreen(store, 400));
    await vi.advanceTimersByTimeAsync(399);
    expect(seen.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen.done).toBe(true);
  });

  it('draws the screen when the person cannot be read, for their screen to try again', async () => {
    const store = createAppStore();
    const db = {} as NonNullable<ReturnType<typeof store.getState>['db']>;
    store.setState({
      catalogStatus: 'ready',
      workspaceStatus: 'ready',
      people: [me],
      db,
      openPersonForFirstScreen: () => Promise.reject(new Error('disk')),
    });
    await expect(readyForFirstScreen(store)).resolves.toBeUndefined();
  });

  it('leaves a person whose saved data is damaged to their screen, with the reason, to read again', async () => {
    const db = await openTestDatabase();
    const you = await ensureMe(db);
    await db.evidence.put({ ...evidence(you.id, { text: 'Обзор 🧭' }), date: 'the day before' } as never);
    const store = createAppStore();
    store.setState({ catalogStatus: 'ready', workspaceStatus: 'ready', people: [you], db });

    await expect(readyForFirstScreen(store)).resolves.toBeUndefined();

    expect(store.getState().route).toEqual({ view: 'person', personId: you.id, tab: 'rate' });
    expect(store.getState().openPersonProblem?.personId).toBe(you.id);
    expect(store.getState().takeFirstScreenRead(you.id)).toBe(false);
  });

  it('opens your own map before the first screen is drawn, when the address is home', async () => {
    const store = createAppStore();
    store.setState({ catalogStatus: 'ready', workspaceStatus: 'ready', people: [me] });
    await readyForFirstScreen(store);
    expect(store.getState().route).toEqual({ view: 'person', personId: 'me-1', tab: 'rate' });
  });

  it('keeps an address that names a screen, and stays home while the workspace asks for its passphrase', async () => {
    const store = createAppStore();
    store.setState({ catalogStatus: 'ready', workspaceStatus: 'ready', people: [me], route: { view: 'backups' } });
    await readyForFirstScreen(store);
    expect(store.getState().route).toEqual({ view: 'backups' });
    const locked = createAppStore();
    locked.setState({ catalogStatus: 'ready', workspaceStatus: 'locked' });
    await readyForFirstScreen(locked);
    expect(locked.getState().route).toEqual({ view: 'home' });
  });
});
