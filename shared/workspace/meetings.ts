/**
 * 1:1 notes: which entry comes before which, and the open actions that carry over to the next entry.
 */
import type { Meeting, MeetingAction } from './schema';

/** Newest date first; entries of the same day, the one recorded last first. */
export function byNewestFirst(a: Pick<Meeting, 'date' | 'createdAt'>, b: Pick<Meeting, 'date' | 'createdAt'>): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}

/** The entry a new 1:1 on `date` follows: the latest one on or before that date. */
export function previousMeeting(meetings: readonly Meeting[], date: string): Meeting | undefined {
  return [...meetings].sort(byNewestFirst).find((meeting) => meeting.date <= date);
}

/**
 * The previous entry's open actions, copied into a new entry. The copies get ids of their own (derived
 * from the new entry's id, so this stays pure and repeatable); the originals stay as they were, a record
 * of what was agreed then. `carriedFrom` names the entry an action was first agreed in, so one carried
 * twice still points to where it started, not to the entry just before.
 */
export function carryOverActions(previous: Meeting | undefined, newMeetingId: string): MeetingAction[] {
  if (!previous) return [];
  return previous.actions
    .filter((action) => !action.done)
    .map((action, index) => ({ ...action, id: `${newMeetingId}.carried.${index + 1}`, carriedFrom: action.carriedFrom ?? previous.id }));
}
