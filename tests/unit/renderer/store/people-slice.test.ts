/**
 * The store's write path against a real (fake-indexeddb) database: ratings save at once and survive a
 * reopen; a failed write keeps what was entered on screen and says what to do.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { snapshotRatingsFor, snapshotsFor } from '../../../../renderer/db/snapshots-repository';
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { createAppStore } from '../../../../renderer/store/app-store';
import { automaticSnapshotDelayMs } from '../../../../renderer/store/people-slice';
import { testDatabaseName } from '../db/workspace-test-database';
import { map, mappedStore, reopenedStore } from './store-fixtures';

const statement = 'frontend.L5.skill.2';

/** Waits past the automatic snapshot's delay, for its write to land. */
async function settleAutomaticSnapshot() {
  await new Promise((resolve) => setTimeout(resolve, automaticSnapshotDelayMs + 100));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the workspace store', () => {
  it('creates "me" on first run, only once', async () => {
    const name = testDatabaseName();
    const { store } = await mappedStore(name);
    store.getState().db?.close();
    const again = createAppStore();
    await again.getState().attachWorkspace(() => openWorkspaceDatabase(name));
    expect(again.getState().people.map((person) => person.relationship)).toEqual(['me']);
    again.getState().db?.close();
  });

  it('saves a rating the moment it is made, and finds it after reopening', async () => {
    const name = testDatabaseName();
    const { store, me } = await mappedStore(name);
    await store.getState().rate(statement, 'partly');
    expect(store.getState().saveState).toBe('saved');
    store.getState().db?.close();

    const reopened = await reopenedStore(name, me.id);
    expect(reopened.getState().ratings.self.get(statement)?.value).toBe('partly');
    reopened.getState().db?.close();
  });

  it('is saving until the last of the writes made side by side is saved', async () => {
    const { store } = await mappedStore(testDatabaseName());
    const seen: [string, number][] = [];
    const stop = store.subscribe((state) => seen.push([state.saveState, state.writesInFlight]));
    const first = store.getState().rate(statement, 'partly');
    const second = store.getState().rate('frontend.L5.skill.3', 'consistently');
    expect(store.getState()).toMatchObject({ saveState: 'saving', writesInFlight: 2 });
    await Promise.all([first, second]);
    stop();
    expect(store.getState()).toMatchObject({ saveState: 'saved', writesInFlight: 0 });
    // Never "saved" while a write was still running.
    expect(seen.filter(([state, inFlight]) => state === 'saved' && inFlight > 0)).toEqual([]);
    store.getState().db?.close();
  });

  it('counts a failed write as no longer in flight', async () => {
    const { store } = await mappedStore(testDatabaseName());
    store.getState().db?.close();
    await store.getState().rate(statement, 'consistently');
    expect(store.getState()).toMatchObject({ saveState: 'failed', writesInFlight: 0 });
  });

  it('keeps a rating on screen when the write fails, and says what to do', async () => {
    const { store } = await mappedStore(testDatabaseName());
    store.getState().db?.close();
    await store.getState().rate(statement, 'consistently');

    expect(store.getState().ratings.self.get(statement)?.value).toBe('consistently');
    expect(store.getState().unsavedItemIds.has(statement)).toBe(true);
    expect(store.getState().saveState).toBe('failed');
    expect(store.getState().saveProblem?.message).toMatch(/not saved/i);
  });

  it('keeps one automatic snapshot a day, brought up to date by later ratings that day', async () => {
    // Only the date is faked: IndexedDB's own scheduling must keep running on real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-04T09:00:00'));
    const { store } = await mappedStore(testDatabaseName());
    await store.getState().rate(statement, 'partly');
    await settleAutomaticSnapshot();
    await vi.waitFor(() => expect(store.getState().snapshots).toHaveLength(1));
    await store.getState().rate('frontend.L5.skill.3', 'consistently');
    await settleAutomaticSnapshot();
    // Written on a loaded machine some time after the delay: waited for, not assumed.
    await vi.waitFor(async () =>
      expect(await store.getState().loadSnapshotRatings(store.getState().snapshots[0]?.id ?? '')).toHaveLength(2),
    );
    expect(store.getState().snapshots).toHaveLength(1);

    vi.setSystemTime(new Date('2026-05-05T09:00:00'));
    await store.getState().rate('frontend.L5.skill.4', 'not-yet');
    await settleAutomaticSnapshot();
    await vi.waitFor(() => expect(store.getState().snapshots.map((snapshot) => snapshot.date)).toEqual(['2026-05-04', '2026-05-05']));
    store.getState().db?.close();
  });

  it('takes a snapshot by hand that records the target and how much of it is met', async () => {
    const { store } = await mappedStore(testDatabaseName());
    await store.getState().rate('frontend.L5.experience.1', 'consistently');
    const snapshot = await store.getState().takeSnapshot(new Date('2026-05-04T09:00:00Z'));
    expect(snapshot?.summary).toEqual({ targetLevelId: 'L5', share: 1 / 6, rated: 1, notApplicable: 0, total: 6 });
    expect(snapshot?.frameworkVersion).toBe(map.version);
    store.getState().db?.close();
  });

  it('names a snapshot in the database, and deletes it with the ratings it froze', async () => {
    const name = testDatabaseName();
    const { store } = await mappedStore(name);
    await store.getState().rate('frontend.L5.experience.1', 'consistently');
    const snapshot = await store.getState().takeSnapshot(new Date('2026-05-04T09:00:00Z'));
    if (!snapshot) throw new Error('no snapshot');
    expect(await store.getState().labelSnapshot(snapshot.id, 'Before the panel 🌱')).toBe(true);
    const db = store.getState().db;
    if (!db) throw new Error('no database');
    expect((await snapshotsFor(db, snapshot.personId)).find((entry) => entry.id === snapshot.id)?.label).toBe('Before the panel 🌱');
    expect(await store.getState().deleteSnapshot(snapshot.id)).toBe(true);
    expect(store.getState().snapshots.some((entry) => entry.id === snapshot.id)).toBe(false);
    expect(await snapshotRatingsFor(db, snapshot.id)).toEqual([]);
    expect((await snapshotsFor(db, snapshot.personId)).some((entry) => entry.id === snapshot.id)).toBe(false);
    db.close();
  });
});

/** Holds every write of the store until the function returned is called. */
function holdWrites(store: ReturnType<typeof createAppStore>): () => void {
  let release = () => {};
  const held = new Promise<undefined>((resolve) => (release = () => resolve(undefined)));
  const { write } = store.getState();
  store.setState({ write: async (run, options) => (await held) ?? write(run, options) });
  return release;
}

/** "Me", mapped and open, and a report on the same framework. */
async function storeWithReport() {
  const { store, me } = await mappedStore(testDatabaseName());
  const report = await store
    .getState()
    .addPerson({ name: 'Sam', relationship: 'report', target: { frameworkId: map.id, trackId: 'frontend' } });
  if (!report) throw new Error('the report was not added');
  await store.getState().openPerson(me.id);
  return { store, me, report };
}

describe('switching people quickly', () => {
  it('shows the last person asked for, even when the one before takes longer to read', async () => {
    const { store, me, report } = await storeWithReport();
    // A rating leaves the day's automatic snapshot pending: the first switch writes it before reading,
    // so its reads finish after those of the switch asked for next.
    await store.getState().rate(statement, 'partly');
    const first = store.getState().openPerson(me.id);
    const last = store.getState().openPerson(report.id);
    await Promise.all([first, last]);
    expect(store.getState().openPersonId).toBe(report.id);
    expect(store.getState().ratings.self.size).toBe(0);
    store.getState().db?.close();
  });
});

describe('rating while the person is being read again', () => {
  it('keeps a rating made while the reads were under way, on screen and saved', async () => {
    const name = testDatabaseName();
    const { store, me } = await mappedStore(name);
    // Reopening (as after a new framework is chosen) reads the ratings; a click lands before they arrive.
    const reopening = store.getState().openPerson(me.id);
    const rating = store.getState().rate(statement, 'partly');
    await Promise.all([reopening, rating]);
    expect(store.getState().ratings.self.get(statement)?.value).toBe('partly');
    expect(store.getState().unsavedItemIds.size).toBe(0);
    store.getState().db?.close();

    const reopened = await reopenedStore(name, me.id);
    expect(reopened.getState().ratings.self.get(statement)?.value).toBe('partly');
    reopened.getState().db?.close();
  });

  it('keeps it when the person is opened twice side by side, the rating made between the two', async () => {
    const { store, me } = await mappedStore(testDatabaseName());
    const first = store.getState().openPerson(me.id);
    const rating = store.getState().rate(statement, 'partly');
    const second = store.getState().openPerson(me.id);
    await Promise.all([first, rating, second]);
    expect(store.getState().ratings.self.get(statement)?.value).toBe('partly');
    expect(store.getState().unsavedItemIds.size).toBe(0);
    store.getState().db?.close();
  });

  it('keeps it when another person is opened and this one again before it is saved', async () => {
    const { store, me, report } = await storeWithReport();
    const release = holdWrites(store);
    const rating = store.getState().rate(statement, 'consistently');
    await store.getState().openPerson(report.id);
    expect(store.getState().ratings.self.size).toBe(0);
    await store.getState().openPerson(me.id);
    // Back, with the write still held: the rating is on screen, and not saved yet.
    expect(store.getState().ratings.self.get(statement)?.value).toBe('consistently');
    expect(store.getState().unsavedItemIds.has(statement)).toBe(true);
    release();
    await rating;
    expect(store.getState().unsavedItemIds.size).toBe(0);
    store.getState().db?.close();
  });

  it('keeps a rating whose write failed during the reads, with its message and Try again', async () => {
    const { store, me } = await mappedStore(testDatabaseName());
    const { write } = store.getState();
    store.setState({ write: (_run, options) => write(() => Promise.reject(new Error('the disk is full')), options) });
    const reopening = store.getState().openPerson(me.id);
    await store.getState().rate(statement, 'partly');
    await reopening;
    expect(store.getState().ratings.self.get(statement)?.value).toBe('partly');
    expect(store.getState().unsavedItemIds.has(statement)).toBe(true);
    expect(store.getState().saveState).toBe('failed');
    expect(store.getState().saveProblem?.retry).toBeDefined();
    store.getState().db?.close();
  });

  it('keeps a note typed during the reads, over the rating as read', async () => {
    const { store, me } = await mappedStore(testDatabaseName());
    await store.getState().rate(statement, 'partly');
    await settleAutomaticSnapshot();
    const db = store.getState().db;
    if (!db) throw new Error('no database');
    // Meanwhile the stored rating changed (as an imported assessment changes it): the reads find that.
    const stored = await db.ratingsByRater.toArray();
    await db.ratingsByRater.bulkPut(stored.map((row) => ({ ...row, value: 'consistently' as const })));
    const release = holdWrites(store);
    const reopening = store.getState().openPerson(me.id);
    const note = store.getState().setRatingNote(statement, 'Led the threat model 🛡️ نموذج');
    await reopening;
    const shown = store.getState().ratings.self.get(statement);
    expect(shown?.value).toBe('consistently');
    expect(shown?.note).toBe('Led the threat model 🛡️ نموذج');
    release();
    await note;
    store.getState().db?.close();
  });
});

describe('a person whose data cannot be read', () => {
  it('says why on their screen instead of "Loading…" for good, and opens once it can be read again', async () => {
    const { store, me } = await mappedStore(testDatabaseName());
    const { db } = store.getState();
    if (!db) throw new Error('no database');
    store.getState().closePerson();
    // A rating damaged on disk: a value no version of Waymark writes.
    const damaged = {
      personId: me.id,
      frameworkId: map.id,
      rater: 'self',
      itemId: statement,
      value: 'brilliant',
      updatedAt: '2026-03-01T09:00:00.000Z',
    };
    await db.ratingsByRater.put(damaged as never);

    await expect(store.getState().openPerson(me.id)).resolves.toBeUndefined();

    expect(store.getState().openPersonId).toBeNull();
    expect(store.getState().openPersonProblem?.personId).toBe(me.id);
    expect(store.getState().openPersonProblem?.message).toMatch(
      /^The ratings could not be loaded: a saved record is damaged .*report this message\.$/,
    );

    await db.ratingsByRater.delete([me.id, map.id, 'self', statement]);
    await store.getState().openPerson(me.id);

    expect(store.getState().openPersonId).toBe(me.id);
    expect(store.getState().openPersonProblem).toBeNull();
    db.close();
  });

  it('does not keep showing what was read before when the person open now cannot be read again', async () => {
    const { store, me } = await mappedStore(testDatabaseName());
    const { db } = store.getState();
    if (!db) throw new Error('no database');
    await store.getState().rate(statement, 'partly');
    await settleAutomaticSnapshot();
    store.getState().setActiveRater('manager');
    // An evidence entry damaged on disk: a date no version of Waymark writes.
    await db.evidence.put({
      id: 'damaged',
      personId: me.id,
      date: 'the day before',
      text: 'ある日 📎',
      itemIds: [],
      createdAt: 'soon',
    } as never);

    // Mapped anew (as after a framework import): the open person's data is read again, and fails.
    await store.getState().changePerson(me.id, { target: { frameworkId: map.id, trackId: 'frontend' }, currentLevelId: 'L5' });

    // Their screen shows the reason, not the ratings read before under the new mapping.
    expect(store.getState().openPersonProblem?.personId).toBe(me.id);
    expect(store.getState().openPersonProblem?.message).toMatch(/^The evidence could not be loaded: a saved record is damaged /);
    expect(store.getState().openPersonId).toBeNull();
    expect(store.getState().ratings.self.size).toBe(0);
    expect(store.getState().snapshots).toEqual([]);

    await db.evidence.delete('damaged');
    await store.getState().openPerson(me.id);
    expect(store.getState().openPersonId).toBe(me.id);
    expect(store.getState().ratings.self.get(statement)?.value).toBe('partly');
    // The rater chosen before is still the one rating.
    expect(store.getState().activeRater).toBe('manager');
    db.close();
  });
});
