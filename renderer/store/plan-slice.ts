/**
 * The open person's growth plan and 1:1 notes. Loaded with the rest of the person (the people
 * slice's openPerson reads them with plan-data.ts and shows them here). Edits show at once and are written in one transaction each, through the
 * same write path as the rest of the workspace: a failed write keeps what was entered on screen.
 */
import type { StateCreator } from 'zustand';
import { byOrder, goalFromGap, isFinished, itemsWithoutGoal, movedGoalIds, type GapForGoal } from '../../shared/workspace/growth-plan';
import { localDate } from '../../shared/dates/local-date';
import { bringActions, byNewestFirst, keptActionsHome, withKeptActions, withShownActions } from '../../shared/workspace/meetings';
import type { Goal, Meeting, MeetingAction } from '../../shared/workspace/schema';
import { removeGoal as removeStoredGoal, reorderGoals, saveGoal, type GoalInput } from '../db/goals-repository';
import { removeMeeting as removeStoredMeeting, saveMeeting, saveMeetings } from '../db/meetings-repository';
import type { AppState } from './app-store';
import { emptyPlan, type PlanData } from './plan-data';
import type { Write } from './session-slice';

export type NewGoal = Pick<Goal, 'title' | 'owner' | 'dueDate' | 'itemIds'>;
export type GoalPatch = Partial<
  Pick<Goal, 'title' | 'description' | 'successCriteria' | 'owner' | 'dueDate' | 'itemIds' | 'status' | 'actions' | 'evidenceIds'>
>;
export type MeetingPatch = Partial<Pick<Meeting, 'date' | 'talkingPoints' | 'decisions' | 'private'>>;

export interface PlanSlice extends PlanData {
  /** Shows the plan of the person just opened (or none). */
  showPlan(plan: PlanData): void;

  addGoal(input: NewGoal): Promise<Goal | undefined>;
  /**
   * A goal addressing an area's gap statements (or one statement), made in one step from the gap list
   * or the "Next level" view; statements another goal already addresses are left out, and nothing is
   * made when every one has a goal.
   */
  addGoalFromGap(area: GapForGoal['area'], items: GapForGoal['items']): Promise<Goal | undefined>;
  updateGoal(goalId: string, patch: GoalPatch): Promise<boolean>;
  /** One step up or down among the goals shown with it. */
  moveGoal(goalId: string, direction: 'up' | 'down'): Promise<boolean>;
  /** Puts a finished goal away (or, with `false`, back into the plan). */
  archiveGoal(goalId: string, archived?: boolean): Promise<boolean>;
  removeGoal(goalId: string): Promise<boolean>;
  /** A new 1:1 entry; open actions of earlier entries show in it without being copied (see meetings.ts). */
  addMeeting(date: string): Promise<Meeting | undefined>;
  updateMeeting(meetingId: string, patch: MeetingPatch): Promise<boolean>;
  /**
   * The actions an entry shows, as edited there: each change is saved in the entry that keeps the
   * action, so an action ticked in any entry is done in all of them.
   */
  changeMeetingActions(meetingId: string, actions: MeetingAction[]): Promise<boolean>;
  /** Shows in this entry the open actions that privacy keeps out of it ("Bring open actions into this entry"). */
  bringMeetingActions(meetingId: string): Promise<boolean>;
  /** Deletes an entry; with `keepOpenActions`, its open actions move to the entry keptActionsHome names. */
  removeMeeting(meetingId: string, keepOpenActions?: boolean): Promise<boolean>;
}

type Slice = StateCreator<AppState, [], [], PlanSlice>;

export const createPlanSlice: Slice = (set, get) => {
  const write: Write = (run, options) => get().write(run, options);

  /** The open person with their framework; goals are always about a framework's statements. */
  function openTarget(): { personId: string; frameworkId: string } | undefined {
    const { people, openPersonId } = get();
    const frameworkId = people.find((person) => person.id === openPersonId)?.target?.frameworkId;
    return openPersonId && frameworkId ? { personId: openPersonId, frameworkId } : undefined;
  }

  /** Applies a result to the screen only if the person it belongs to is still the one open. */
  function whileOpen(personId: string, data: Partial<PlanData>): void {
    if (get().openPersonId === personId) set(data);
  }

  async function storeNewGoal(goal: GoalInput): Promise<Goal | undefined> {
    let saved: Goal | undefined;
    const ok = await write(async (db) => {
      saved = await saveGoal(db, goal);
      const added = saved;
      whileOpen(goal.personId, { goals: [...get().goals.filter((entry) => entry.id !== added.id), added].sort(byOrder) });
    });
    return ok ? saved : undefined;
  }

  /** Shows a changed goal at once, then writes the whole goal: later writes carry earlier changes too. */
  async function changeGoal(goalId: string, change: (goal: Goal) => Goal): Promise<boolean> {
    const existing = get().goals.find((goal) => goal.id === goalId);
    if (!existing) return false;
    const changed = { ...change(existing), updatedAt: new Date().toISOString() };
    set({ goals: get().goals.map((goal) => (goal.id === goalId ? changed : goal)) });
    return write(async (db) => {
      const saved = await saveGoal(db, changed);
      // Take the stored copy only if nothing changed on screen meanwhile; a later edit has its own write.
      if (get().goals.includes(changed)) set({ goals: get().goals.map((goal) => (goal === changed ? saved : goal)) });
    });
  }

  /**
   * Shows changed 1:1 entries at once, then writes them in one transaction: later writes carry earlier
   * changes too. The stored copies are taken only where nothing changed on screen meanwhile.
   */
  async function changeMeetings(entries: readonly Meeting[]): Promise<boolean> {
    if (entries.length === 0) return true;
    const stamp = new Date().toISOString();
    const changed = new Map(entries.map((entry) => [entry.id, { ...entry, updatedAt: stamp }]));
    set({
      meetings: get()
        .meetings.map((meeting) => changed.get(meeting.id) ?? meeting)
        .sort(byNewestFirst),
    });
    return write(async (db) => {
      const saved = new Map((await saveMeetings(db, [...changed.values()])).map((entry) => [entry.id, entry]));
      set({
        meetings: get().meetings.map((meeting) => (meeting === changed.get(meeting.id) ? (saved.get(meeting.id) ?? meeting) : meeting)),
      });
    });
  }

  return {
    ...emptyPlan(),

    showPlan(plan) {
      set(plan);
    },

    async addGoal(input) {
      const target = openTarget();
      if (!target) return undefined;
      return storeNewGoal({ ...target, ...input, status: 'planned', actions: [], evidenceIds: [], archived: false });
    },

    async addGoalFromGap(area, items) {
      const target = openTarget();
      if (!target) return undefined;
      const open = itemsWithoutGoal(get().goals, items);
      if (open.length === 0) return undefined;
      return storeNewGoal(goalFromGap({ ...target, area, items: open, goals: get().goals }));
    },

    async updateGoal(goalId, patch) {
      // A goal taken up again comes back out of the archive: open work is never hidden away.
      return changeGoal(goalId, (goal) => {
        const changed = { ...goal, ...patch };
        return { ...changed, archived: changed.archived && isFinished(changed) };
      });
    },

    async moveGoal(goalId, direction) {
      const personId = get().openPersonId;
      if (!personId) return false;
      const { goals } = get();
      const orderedIds = movedGoalIds(goals, goalId, direction);
      if (orderedIds.every((id, index) => goals[index]?.id === id)) return true;
      const byId = new Map(goals.map((goal) => [goal.id, goal]));
      set({
        goals: orderedIds.flatMap((id, order) => {
          const goal = byId.get(id);
          return goal ? [{ ...goal, order }] : [];
        }),
      });
      return write(async (db) => {
        await reorderGoals(db, personId, orderedIds);
      });
    },

    async archiveGoal(goalId, archived = true) {
      const goal = get().goals.find((entry) => entry.id === goalId);
      // Only finished goals are put away: an open one would vanish from the plan with work left in it.
      if (!goal || (archived && !isFinished(goal))) return false;
      return changeGoal(goalId, (entry) => ({ ...entry, archived }));
    },

    async removeGoal(goalId) {
      const personId = get().openPersonId;
      if (!personId) return false;
      return write(async (db) => {
        await removeStoredGoal(db, goalId);
        whileOpen(personId, { goals: get().goals.filter((goal) => goal.id !== goalId) });
      });
    },

    async addMeeting(date) {
      const personId = get().openPersonId;
      if (!personId) return undefined;
      const input = { personId, date, talkingPoints: '', decisions: '', actions: [], private: false };
      let saved: Meeting | undefined;
      const ok = await write(async (db) => {
        saved = await saveMeeting(db, input);
        const added = saved;
        whileOpen(personId, { meetings: [...get().meetings.filter((entry) => entry.id !== added.id), added].sort(byNewestFirst) });
      });
      return ok ? saved : undefined;
    },

    async updateMeeting(meetingId, patch) {
      const existing = get().meetings.find((meeting) => meeting.id === meetingId);
      return existing ? changeMeetings([{ ...existing, ...patch }]) : false;
    },

    async changeMeetingActions(meetingId, actions) {
      return changeMeetings(withShownActions(get().meetings, meetingId, actions, localDate()));
    },

    async bringMeetingActions(meetingId) {
      const existing = get().meetings.find((meeting) => meeting.id === meetingId);
      return existing ? changeMeetings([bringActions(existing, get().meetings)]) : false;
    },

    async removeMeeting(meetingId, keepOpenActions = false) {
      const personId = get().openPersonId;
      const deleted = get().meetings.find((meeting) => meeting.id === meetingId);
      if (!personId || !deleted) return false;
      const home = keepOpenActions ? keptActionsHome(deleted, get().meetings) : undefined;
      const keeper = home ? withKeptActions(home, deleted) : undefined;
      return write(async (db) => {
        const saved = await removeStoredMeeting(db, meetingId, keeper);
        whileOpen(personId, {
          meetings: get().meetings.flatMap((meeting) => {
            if (meeting.id === meetingId) return [];
            return saved && meeting.id === saved.id ? [saved] : [meeting];
          }),
        });
      });
    },
  };
};
