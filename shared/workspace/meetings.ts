/**
 * 1:1 notes: which entry comes before which, and which actions each entry shows.
 *
 * An action is one record, kept in the entry it was agreed in (its holder). Every later entry shows it
 * while it is open, and keeps showing it once it is done if it was still open on that entry's date
 * (ticked, "done on <date>"): an entry tells what was open at that 1:1, as it stands now. An action
 * done before an entry's date is not shown there: it was finished before that 1:1.
 *
 * Private entries receive no action of another entry by themselves, and actions agreed in a private
 * entry show in no shared one: both only when the user brings them in (broughtActionIds).
 */
import type { Meeting, MeetingAction } from './schema';

/** Newest date first; entries of the same day, the one recorded last first. */
export function byNewestFirst(a: Pick<Meeting, 'date' | 'createdAt'>, b: Pick<Meeting, 'date' | 'createdAt'>): number {
  // ISO dates and timestamps order as plain strings; localeCompare would ask the locale for each pair.
  return compareText(b.date, a.date) || compareText(b.createdAt, a.createdAt);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Whether entry `a` comes before entry `b` (an earlier date, or the same day and recorded first). */
export function isEarlier(a: Pick<Meeting, 'date' | 'createdAt'>, b: Pick<Meeting, 'date' | 'createdAt'>): boolean {
  return byNewestFirst(a, b) > 0;
}

/** An action as an entry shows it: the action, the entry that keeps it, and whether it came from another entry. */
export interface ShownAction {
  action: MeetingAction;
  holder: Meeting;
  /** Agreed in an earlier entry (or kept from a deleted one), not in the entry showing it. */
  carried: boolean;
}

/** The date an action was agreed on: its holder's, or the deleted 1:1's it was kept from. */
export function agreedDate(shown: Pick<ShownAction, 'action' | 'holder'>): string {
  return shown.action.agreedOn ?? shown.holder.date;
}

/** Whether an action was still open on `date`: not done, or done on that day or later. */
function openOn(action: MeetingAction, date: string): boolean {
  return !action.done || (action.doneOn !== undefined && action.doneOn >= date);
}

/** Actions of entries before `meeting`, oldest entry first, that were agreed before its date. */
function earlierActions(meeting: Meeting, meetings: readonly Meeting[]): ShownAction[] {
  return meetings
    .filter((holder) => holder.id !== meeting.id && isEarlier(holder, meeting))
    .sort((a, b) => byNewestFirst(b, a))
    .flatMap((holder) =>
      holder.actions
        .filter((action) => action.agreedOn === undefined || action.agreedOn <= meeting.date)
        .map((action) => ({ action, holder, carried: true })),
    );
}

/** Whether an earlier entry's action shows in `meeting` without being brought in. */
function carriesBy(meeting: Meeting, shown: ShownAction): boolean {
  return !meeting.private && !shown.holder.private && openOn(shown.action, meeting.date);
}

/** What an entry shows: its own actions, then those of earlier entries that carry into it or were brought in. */
export function actionsShownIn(meeting: Meeting, meetings: readonly Meeting[]): ShownAction[] {
  const brought = new Set(meeting.broughtActionIds ?? []);
  const own = meeting.actions.map((action) => ({ action, holder: meeting, carried: action.agreedOn !== undefined }));
  const carried = earlierActions(meeting, meetings).filter((shown) => brought.has(shown.action.id) || carriesBy(meeting, shown));
  return [...own, ...carried];
}

/**
 * Open actions of earlier entries that this entry does not show because of privacy: what "Bring open
 * actions into this entry" would add.
 */
export function actionsToBring(meeting: Meeting, meetings: readonly Meeting[]): ShownAction[] {
  const shown = new Set(actionsShownIn(meeting, meetings).map((entry) => entry.action.id));
  return earlierActions(meeting, meetings).filter((entry) => !entry.action.done && !shown.has(entry.action.id));
}

/** The entry with the open actions waiting to be brought in shown in it too. */
export function bringActions(meeting: Meeting, meetings: readonly Meeting[]): Meeting {
  const ids = actionsToBring(meeting, meetings).map((entry) => entry.action.id);
  return { ...meeting, broughtActionIds: [...(meeting.broughtActionIds ?? []), ...ids] };
}

/** Every open action of a person's 1:1s, oldest first; those agreed in private entries only when asked. */
export function openMeetingActions(meetings: readonly Meeting[], includePrivate: boolean): ShownAction[] {
  return [...meetings]
    .sort((a, b) => byNewestFirst(b, a))
    .filter((holder) => includePrivate || !holder.private)
    .flatMap((holder) => holder.actions.filter((action) => !action.done).map((action) => ({ action, holder, carried: false })));
}

/**
 * The entries that change when the list an entry shows is edited (as the action list hands it back):
 * a changed action is changed in the entry that keeps it, wherever it was edited; a removed one is
 * removed there; a new one is agreed in this entry. Ticking one done records `today`; unticking forgets it.
 */
export function withShownActions(
  meetings: readonly Meeting[],
  meetingId: string,
  edited: readonly MeetingAction[],
  today: string,
): Meeting[] {
  const meeting = meetings.find((entry) => entry.id === meetingId);
  if (!meeting) return [];
  const before = new Map(actionsShownIn(meeting, meetings).map((shown) => [shown.action.id, shown]));
  const editedIds = new Set(edited.map((action) => action.id));
  const changes = new Map<string, Map<string, MeetingAction | null>>();
  const change = (holderId: string, actionId: string, action: MeetingAction | null) =>
    changes.set(holderId, (changes.get(holderId) ?? new Map<string, MeetingAction | null>()).set(actionId, action));
  const added: MeetingAction[] = [];

  for (const action of edited) {
    const shown = before.get(action.id);
    if (!shown) added.push(action.done ? { ...action, doneOn: today } : action);
    else if (shown.action !== action) change(shown.holder.id, action.id, withDoneDay(shown.action, action, today));
  }
  for (const [id, shown] of before) if (!editedIds.has(id)) change(shown.holder.id, id, null);

  return meetings.flatMap((entry) => {
    const entryChanges = changes.get(entry.id);
    if (!entryChanges && (entry.id !== meetingId || added.length === 0)) return [];
    const actions = entry.actions.flatMap((action) => {
      const changed = entryChanges?.get(action.id);
      if (changed === undefined) return [action];
      return changed === null ? [] : [changed];
    });
    return [{ ...entry, actions: entry.id === meetingId ? [...actions, ...added] : actions }];
  });
}

function withDoneDay(before: MeetingAction, after: MeetingAction, today: string): MeetingAction {
  if (after.done === before.done) return after;
  if (after.done) return { ...after, doneOn: today };
  const open = { ...after };
  delete open.doneOn;
  return open;
}

/**
 * Where the open actions of a deleted entry are kept when the user keeps them: the nearest later entry
 * of the same kind (private or shared, so a private action never lands in a shared entry), else the
 * nearest earlier one; none when the person has no other entry of that kind.
 */
export function keptActionsHome(meeting: Meeting, meetings: readonly Meeting[]): Meeting | undefined {
  const sameKind = meetings.filter((entry) => entry.id !== meeting.id && entry.private === meeting.private);
  const later = sameKind.filter((entry) => isEarlier(meeting, entry)).sort((a, b) => byNewestFirst(b, a));
  const earlier = sameKind.filter((entry) => isEarlier(entry, meeting)).sort(byNewestFirst);
  return later[0] ?? earlier[0];
}

/** The entry that keeps a deleted entry's open actions, with them in it, each still saying when it was agreed. */
export function withKeptActions(home: Meeting, deleted: Meeting): Meeting {
  const kept = deleted.actions.filter((action) => !action.done).map((action) => ({ ...action, agreedOn: action.agreedOn ?? deleted.date }));
  return { ...home, actions: [...home.actions, ...kept] };
}

/**
 * One person's entries with the copies an earlier Waymark made when it carried open actions over
 * merged back into one action each. That Waymark copied each open action of the entry before into a
 * new entry, with `carriedFrom` naming the entry it was first agreed in; a copy ticked done left the
 * others open (and overdue).
 *
 * Copies are the same action when they name the same first entry and have the same text. The action
 * stays in that entry, done if any copy was ticked, with the owner and due date of the newest copy
 * (the latest agreement); every entry that held a copy shows it still (it is brought in there). When
 * unsure, copies are kept apart: a text that the first entry has twice, an entry holding two copies,
 * or a copy older than its first entry. Copies whose first entry was deleted become one action kept
 * in the earliest entry that holds one. `merged` counts the copies folded away.
 */
export function mergeCopiedActions(meetings: readonly Meeting[]): { meetings: Meeting[]; changed: Meeting[]; merged: number } {
  if (!hasCopiedActions(meetings)) return { meetings: [...meetings], changed: [], merged: 0 };
  const oldestFirst = [...meetings].sort((a, b) => byNewestFirst(b, a));
  const byId = new Map(oldestFirst.map((meeting) => [meeting.id, meeting]));
  const groups = new Map<string, { from: string; text: string; copies: { meeting: Meeting; action: MeetingAction }[] }>();
  for (const meeting of oldestFirst) {
    for (const action of meeting.actions) {
      if (action.carriedFrom === undefined) continue;
      const key = JSON.stringify([meeting.personId, action.carriedFrom, action.text.trim()]);
      const group = groups.get(key) ?? { from: action.carriedFrom, text: action.text.trim(), copies: [] };
      group.copies.push({ meeting, action });
      groups.set(key, group);
    }
  }

  const removed = new Map<string, Set<string>>();
  const replaced = new Map<string, MeetingAction>();
  const brought = new Map<string, string[]>();
  let merged = 0;
  for (const { from, text, copies } of groups.values()) {
    const origin = byId.get(from);
    const originals = origin?.actions.filter((action) => action.carriedFrom === undefined && action.text.trim() === text) ?? [];
    const holders = new Set(copies.map((copy) => copy.meeting.id));
    if (originals.length > 1 || holders.size < copies.length) continue;
    const [first, ...rest] = copies;
    if (!first) continue;
    const [original] = originals;
    const kept = origin && original ? { meeting: origin, action: original } : first;
    const later = origin && original ? copies : rest;
    if (later.length === 0 || later.some((copy) => !isEarlier(kept.meeting, copy.meeting))) continue;
    const newest = later.at(-1) ?? kept;
    const done = [kept, ...later].some((copy) => copy.action.done);
    const { dueDate, owner } = newest.action;
    const action: MeetingAction = { ...kept.action, owner, done };
    // The newest copy's due date is the latest agreed (moved, or cleared); a day done was never recorded.
    delete action.dueDate;
    delete action.doneOn;
    replaced.set(kept.action.id, dueDate === undefined ? action : { ...action, dueDate });
    for (const copy of later) {
      removed.set(copy.meeting.id, (removed.get(copy.meeting.id) ?? new Set<string>()).add(copy.action.id));
      brought.set(copy.meeting.id, [...(brought.get(copy.meeting.id) ?? []), kept.action.id]);
      merged += 1;
    }
  }

  const changed: Meeting[] = [];
  const result = meetings.map((meeting) => {
    const gone = removed.get(meeting.id);
    const touched = gone !== undefined || meeting.actions.some((action) => replaced.has(action.id));
    if (!touched) return meeting;
    const next: Meeting = {
      ...meeting,
      actions: meeting.actions.filter((action) => !gone?.has(action.id)).map((action) => replaced.get(action.id) ?? action),
      ...(brought.has(meeting.id) ? { broughtActionIds: [...(meeting.broughtActionIds ?? []), ...(brought.get(meeting.id) ?? [])] } : {}),
    };
    changed.push(next);
    return next;
  });
  return { meetings: result, changed, merged };
}

/** mergeCopiedActions for the entries of many people, each person's apart; `meetings` keeps their order. */
export function mergeEveryonesCopiedActions(meetings: readonly Meeting[]): { meetings: Meeting[]; changed: Meeting[]; merged: number } {
  const byPerson = new Map<string, Meeting[]>();
  for (const meeting of meetings) byPerson.set(meeting.personId, [...(byPerson.get(meeting.personId) ?? []), meeting]);
  const changed = [...byPerson.values()].map(mergeCopiedActions);
  const byId = new Map(changed.flatMap((result) => result.changed).map((meeting) => [meeting.id, meeting]));
  return {
    meetings: meetings.map((meeting) => byId.get(meeting.id) ?? meeting),
    changed: [...byId.values()],
    merged: changed.reduce((sum, result) => sum + result.merged, 0),
  };
}

/** Whether a person's entries still hold copies an earlier Waymark made (cheap: no merge is tried). */
export function hasCopiedActions(meetings: readonly Meeting[]): boolean {
  return meetings.some((meeting) => meeting.actions.some((action) => action.carriedFrom !== undefined));
}
