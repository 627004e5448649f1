/**
 * 1:1 notes: dated entries with talking points, decisions and the actions agreed.
 */
import { Dexie } from 'dexie';
import type { z } from 'zod';
import { byNewestFirst, hasCopiedActions, mergeCopiedActions } from '../../shared/workspace/meetings';
import { type Meeting, meetingSchema } from '../../shared/workspace/schema';
import { loadInTransaction, saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { upsertRecord } from './upsert-record';
import { parseStored } from './workspace-error';

/**
 * A 1:1 entry to save. Without an id it is a new entry; with one it replaces that entry (or creates it
 * under that id: a new entry's id is chosen first, because its carried-over actions are named after it),
 * keeping whose it is and when it was created.
 */
export type MeetingInput = Omit<z.input<typeof meetingSchema>, 'id' | 'createdAt' | 'updatedAt'> & { id?: string | undefined };

/**
 * A person's 1:1 notes, newest first; entries of the same day, the one recorded last first. Copies an
 * earlier Waymark made of carried-over actions are merged here and written back (a locked workspace's
 * entries could not be read when the workspace format was upgraded; see upgradeToV6).
 */
export async function meetingsFor(db: WorkspaceDatabase, personId: string): Promise<Meeting[]> {
  const action = 'the 1:1 notes';
  const rows = await loadInTransaction(db, [db.meetings], action, () =>
    db.meetings.where('[personId+date]').between([personId, Dexie.minKey], [personId, Dexie.maxKey]).reverse().toArray(),
  );
  // The index orders by date, then by random id: break same-day ties by when they were recorded.
  const meetings = rows.map((row) => parseStored(meetingSchema, row, action)).sort(byNewestFirst);
  if (!hasCopiedActions(meetings)) return meetings;
  const merged = mergeCopiedActions(meetings);
  if (merged.changed.length > 0) {
    await saveInTransaction(db, [db.meetings], 'merging copied 1:1 actions', () => db.meetings.bulkPut(merged.changed));
  }
  return merged.meetings;
}

export async function saveMeeting(db: WorkspaceDatabase, input: MeetingInput, now = new Date()): Promise<Meeting> {
  return upsertRecord(db, db.meetings, meetingSchema, input, 'the 1:1 note', now);
}

/** Several entries in one transaction (an action edited in one entry and kept in another): all or none. */
export async function saveMeetings(db: WorkspaceDatabase, inputs: readonly MeetingInput[], now = new Date()): Promise<Meeting[]> {
  return saveInTransaction(db, [db.meetings], 'the 1:1 notes', async () => {
    const saved: Meeting[] = [];
    for (const input of inputs) saved.push(await saveMeeting(db, input, now));
    return saved;
  });
}

/** Deletes an entry; `keeper`, when given, is saved in the same transaction (it takes the entry's open actions). */
export async function removeMeeting(
  db: WorkspaceDatabase,
  id: string,
  keeper?: MeetingInput,
  now = new Date(),
): Promise<Meeting | undefined> {
  return saveInTransaction(db, [db.meetings], 'the removal of this 1:1 note', async () => {
    await db.meetings.delete(id);
    return keeper ? saveMeeting(db, keeper, now) : undefined;
  });
}
