/**
 * Snapshots: frozen copies of a person's ratings and progress, taken by hand or automatically.
 *
 * `takenAt` is stored in UTC as `Date.toISOString()` gives it, because the [personId+takenAt] index
 * compares strings: "10:00:00+02:00" or "10:00:00Z" beside "10:00:00.500Z" would sort out of time order.
 */
import { Dexie } from 'dexie';
import { type Snapshot, snapshotRatingsSchema, snapshotSchema, type SnapshotRatings } from '../../shared/workspace/schema';
import { loadInTransaction, saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { parseForSave, parseStored } from './workspace-error';

/** A snapshot to save; with an id it replaces that snapshot (an automatic one taken again the same day). */
export type NewSnapshot = Omit<Snapshot, 'id'> & { id?: string };

/** A person's snapshots, oldest first. */
export async function snapshotsFor(db: WorkspaceDatabase, personId: string): Promise<Snapshot[]> {
  const action = 'the snapshots';
  const rows = await loadInTransaction(db, [db.snapshots], action, () => byTakenAt(db, personId).toArray());
  return rows.map((row) => parseStored(snapshotSchema, row, action));
}

export async function latestSnapshot(db: WorkspaceDatabase, personId: string): Promise<Snapshot | undefined> {
  const action = 'the latest snapshot';
  const row = await loadInTransaction(db, [db.snapshots], action, () => byTakenAt(db, personId).last());
  return row === undefined ? undefined : parseStored(snapshotSchema, row, action);
}

/** Saves a snapshot with the ratings it froze, in one transaction: never one without the other. */
export async function saveSnapshot(db: WorkspaceDatabase, input: NewSnapshot, ratings: SnapshotRatings['ratings'] = []): Promise<Snapshot> {
  const action = 'the snapshot';
  const checked = parseForSave(snapshotSchema, { ...input, id: input.id ?? crypto.randomUUID() }, action);
  const snapshot = { ...checked, takenAt: new Date(checked.takenAt).toISOString() } satisfies Snapshot;
  const frozen = parseForSave(snapshotRatingsSchema, { snapshotId: snapshot.id, personId: snapshot.personId, ratings }, action);
  return saveInTransaction(db, [db.snapshots, db.snapshotRatings], action, async () => {
    await db.snapshots.put(snapshot);
    await db.snapshotRatings.put(frozen);
    return snapshot;
  });
}

/** The ratings a snapshot froze; empty for a snapshot that has none stored. */
export async function snapshotRatingsFor(db: WorkspaceDatabase, snapshotId: string): Promise<SnapshotRatings['ratings']> {
  const action = 'the snapshot’s ratings';
  const row = await loadInTransaction(db, [db.snapshotRatings], action, () => db.snapshotRatings.get(snapshotId));
  return row === undefined ? [] : parseStored(snapshotRatingsSchema, row, action).ratings;
}

/** Stores a snapshot's new name; what it froze stays as it was. */
export async function relabelSnapshot(db: WorkspaceDatabase, snapshot: Snapshot): Promise<void> {
  const action = 'the snapshot’s name';
  const checked = parseForSave(snapshotSchema, snapshot, action);
  await saveInTransaction(db, [db.snapshots], action, async () => {
    await db.snapshots.put(checked);
  });
}

export async function removeSnapshot(db: WorkspaceDatabase, id: string): Promise<void> {
  await saveInTransaction(db, [db.snapshots, db.snapshotRatings], 'the removal of this snapshot', async () => {
    await db.snapshots.delete(id);
    await db.snapshotRatings.delete(id);
  });
}

function byTakenAt(db: WorkspaceDatabase, personId: string) {
  return db.snapshots.where('[personId+takenAt]').between([personId, Dexie.minKey], [personId, Dexie.maxKey]);
}
