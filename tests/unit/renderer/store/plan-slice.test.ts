/**
 * The plan and 1:1 notes in the store, against a real (fake-indexeddb) database: what is shown is what
 * is written, it survives a reopen, and a failed write keeps what was entered on screen.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { map, mappedStore, reopenedStore } from './store-fixtures';
import { localDate } from '../../../../shared/dates/local-date';
import { actionsShownIn } from '../../../../shared/workspace/meetings';

const security = {
  id: 'frontend.L5.skill.2',
  text: 'Security: Awareness of common vulnerabilities and how to mitigate them.',
  skillName: 'Security',
};
const performance = {
  id: 'frontend.L5.skill.3',
  text: 'Performance Tuning: Deep understanding of browser performance and optimization.',
  skillName: 'Performance Tuning',
};
const architecture = { name: 'Architecture, performance & security' };

describe('the growth plan in the store', () => {
  it('makes a goal from an area of the gap list in one step, and finds it after reopening', async () => {
    const { store, me, name } = await mappedStore();

    const goal = await store.getState().addGoalFromGap(architecture, [security, performance]);

    expect(goal).toMatchObject({
      personId: me.id,
      frameworkId: map.id,
      title: 'Architecture, performance & security: Security and Performance Tuning',
      itemIds: [security.id, performance.id],
      status: 'planned',
      order: 0,
    });
    expect(store.getState().goals).toEqual([goal]);
    store.getState().db?.close();
    const again = await reopenedStore(name, me.id);
    expect(again.getState().goals).toEqual([goal]);
    again.getState().db?.close();
  });

  it('never makes a second goal for statements a goal already addresses', async () => {
    const { store } = await mappedStore();
    const first = await store.getState().addGoalFromGap(architecture, [security]);
    const second = await store.getState().addGoalFromGap(architecture, [security, performance]);
    const third = await store.getState().addGoalFromGap(architecture, [security, performance]);

    expect(first?.itemIds).toEqual([security.id]);
    expect(second?.itemIds).toEqual([performance.id]);
    expect(third).toBeUndefined();
    expect(store.getState().goals).toHaveLength(2);
    // A dropped goal no longer stands for its statement: a new one may be made.
    if (first) await store.getState().updateGoal(first.id, { status: 'dropped' });
    expect((await store.getState().addGoalFromGap(architecture, [security]))?.itemIds).toEqual([security.id]);
    store.getState().db?.close();
  });

  it('saves changes to a goal and its actions at once', async () => {
    const { store, me, name } = await mappedStore();
    const goal = await store.getState().addGoal({ title: 'Give a talk at the guild', owner: 'coach', dueDate: '2026-06-30', itemIds: [] });
    if (!goal) throw new Error('the goal was not added');

    const action = { id: 'a1', text: 'Pick a topic.', owner: 'me' as const, dueDate: '2026-03-01', done: false };
    await store.getState().updateGoal(goal.id, { status: 'in-progress', actions: [action] });
    await store.getState().updateGoal(goal.id, { actions: [{ ...action, done: true }] });

    expect(store.getState().saveState).toBe('saved');
    store.getState().db?.close();
    const again = await reopenedStore(name, me.id);
    expect(again.getState().goals).toMatchObject([{ status: 'in-progress', actions: [{ ...action, done: true }], owner: 'coach' }]);
    again.getState().db?.close();
  });

  it("keeps a goal's description and success criteria as written, and forgets them once emptied", async () => {
    const { store, me, name } = await mappedStore();
    const goal = await store.getState().addGoal({ title: 'Lead the review', owner: 'me', itemIds: [] });
    if (!goal) throw new Error('the goal was not added');
    expect(goal).not.toHaveProperty('description');
    const description = `  Own it end to end 🌱\n\nمراجعة · 审查\n${'x'.repeat(5_000)}  `;
    const successCriteria = '- No serious findings\n- A checklist in the handbook';

    await store.getState().updateGoal(goal.id, { description, successCriteria });
    expect(store.getState().goals[0]).toMatchObject({ description, successCriteria });
    store.getState().db?.close();
    const again = await reopenedStore(name, me.id);
    expect(again.getState().goals[0]).toMatchObject({ title: 'Lead the review', description, successCriteria });

    await again.getState().updateGoal(goal.id, { description: undefined });
    again.getState().db?.close();
    const third = await reopenedStore(name, me.id);
    expect(third.getState().goals[0]?.description).toBeUndefined();
    expect(third.getState().goals[0]?.successCriteria).toBe(successCriteria);
    third.getState().db?.close();
  });

  it('moves an open goal past the finished goals shown below the open ones', async () => {
    const { store } = await mappedStore();
    const add = (title: string) => store.getState().addGoal({ title, owner: 'me', itemIds: [] });
    const first = await add('First');
    const done = await add('Done');
    const second = await add('Second');
    if (!first || !done || !second) throw new Error('a goal was not added');
    await store.getState().updateGoal(done.id, { status: 'done' });

    await store.getState().moveGoal(second.id, 'up');

    expect(store.getState().goals.map((goal) => goal.title)).toEqual(['Second', 'Done', 'First']);
    store.getState().db?.close();
  });

  it('reorders goals and keeps the order, stepping over archived goals', async () => {
    const { store, me, name } = await mappedStore();
    const add = (title: string) => store.getState().addGoal({ title, owner: 'me', itemIds: [] });
    const first = await add('First');
    const finished = await add('Finished');
    const second = await add('Second');
    if (!first || !finished || !second) throw new Error('a goal was not added');
    await store.getState().updateGoal(finished.id, { status: 'done' });
    expect(await store.getState().archiveGoal(finished.id)).toBe(true);

    await store.getState().moveGoal(second.id, 'up');

    const titles = () => store.getState().goals.map((goal) => goal.title);
    expect(titles()).toEqual(['Second', 'Finished', 'First']);
    store.getState().db?.close();
    const again = await reopenedStore(name, me.id);
    expect(again.getState().goals.map((goal) => [goal.title, goal.archived])).toEqual([
      ['Second', false],
      ['Finished', true],
      ['First', false],
    ]);
    again.getState().db?.close();
  });

  it('archives only finished goals, and brings one back when it is taken up again', async () => {
    const { store } = await mappedStore();
    const goal = await store.getState().addGoal({ title: 'Learn Rust', owner: 'me', itemIds: [] });
    if (!goal) throw new Error('the goal was not added');

    expect(await store.getState().archiveGoal(goal.id)).toBe(false);
    expect(store.getState().goals[0]?.archived).toBe(false);

    await store.getState().updateGoal(goal.id, { status: 'dropped' });
    expect(await store.getState().archiveGoal(goal.id)).toBe(true);
    expect(store.getState().goals[0]?.archived).toBe(true);

    await store.getState().updateGoal(goal.id, { status: 'in-progress' });
    expect(store.getState().goals[0]).toMatchObject({ status: 'in-progress', archived: false });
    store.getState().db?.close();
  });

  it('keeps a change on screen when the write fails, and says what to do', async () => {
    const { store } = await mappedStore();
    const goal = await store.getState().addGoal({ title: 'Learn Rust', owner: 'me', itemIds: [] });
    if (!goal) throw new Error('the goal was not added');
    store.getState().db?.close();

    expect(await store.getState().updateGoal(goal.id, { title: 'Learn Rust properly' })).toBe(false);

    expect(store.getState().goals[0]?.title).toBe('Learn Rust properly');
    expect(store.getState().saveState).toBe('failed');
    expect(store.getState().saveProblem?.message).toBe(
      'Waymark lost its connection to your workspace: the goal was not saved. Restart Waymark and try again; what you entered is still on screen.',
    );
    expect(await store.getState().addGoal({ title: 'Another', owner: 'me', itemIds: [] })).toBeUndefined();
    expect(store.getState().goals).toHaveLength(1);
  });

  it('removes a goal', async () => {
    const { store, me, name } = await mappedStore();
    const kept = await store.getState().addGoal({ title: 'Kept', owner: 'me', itemIds: [] });
    const removed = await store.getState().addGoal({ title: 'Removed', owner: 'me', itemIds: [] });
    if (!removed) throw new Error('the goal was not added');

    expect(await store.getState().removeGoal(removed.id)).toBe(true);

    expect(store.getState().goals).toEqual([kept]);
    store.getState().db?.close();
    expect((await reopenedStore(name, me.id)).getState().goals).toEqual([kept]);
  });
});

describe('1:1 notes in the store', () => {
  it('shows an action in later entries as the same action: ticked in one, it is done in all, with the day', async () => {
    const { store, me, name } = await mappedStore();
    const first = await store.getState().addMeeting('2026-01-13');
    if (!first) throw new Error('the 1:1 was not added');
    expect(first.actions).toEqual([]);
    await store.getState().updateMeeting(first.id, { talkingPoints: 'On-call load.' });
    await store.getState().changeMeetingActions(first.id, [
      { id: 'a1', text: 'Write up the incident review.', owner: 'me', done: false },
      { id: 'a2', text: 'Ask about shadowing.', owner: 'manager', done: false },
    ]);
    await store.getState().changeMeetingActions(first.id, [
      { id: 'a1', text: 'Write up the incident review.', owner: 'me', done: false },
      { id: 'a2', text: 'Ask about shadowing.', owner: 'manager', done: true },
    ]);

    const second = await store.getState().addMeeting('2026-01-27');
    const third = await store.getState().addMeeting('2026-02-10');
    if (!second || !third) throw new Error('the 1:1 was not added');
    // Nothing is copied: each entry keeps only what was agreed in it.
    expect([second.actions, third.actions]).toEqual([[], []]);
    const shown = (id: string) => {
      const { meetings } = store.getState();
      const entry = meetings.find((meeting) => meeting.id === id);
      return entry ? actionsShownIn(entry, meetings).map((item) => item.action) : [];
    };
    // Ticked today, after these entries' dates: it was still open at them, so they show it, done.
    expect(shown(third.id).map((action) => [action.id, action.done])).toEqual([
      ['a1', false],
      ['a2', true],
    ]);

    await store.getState().changeMeetingActions(
      third.id,
      shown(third.id).map((action) => (action.id === 'a1' ? { ...action, done: true } : action)),
    );

    const today = localDate();
    expect(shown(first.id)).toEqual([
      { id: 'a1', text: 'Write up the incident review.', owner: 'me', done: true, doneOn: today },
      { id: 'a2', text: 'Ask about shadowing.', owner: 'manager', done: true, doneOn: today },
    ]);
    expect(shown(second.id).map((action) => [action.id, action.done])).toEqual([
      ['a1', true],
      ['a2', true],
    ]);
    store.getState().db?.close();
    const again = await reopenedStore(name, me.id);
    expect(again.getState().meetings).toEqual(store.getState().meetings);
    again.getState().db?.close();
  });

  it('brings open actions into a private entry only when asked', async () => {
    const { store } = await mappedStore();
    const first = await store.getState().addMeeting('2026-01-13');
    const second = await store.getState().addMeeting('2026-01-27');
    if (!first || !second) throw new Error('the 1:1 was not added');
    await store.getState().changeMeetingActions(first.id, [{ id: 'a1', text: 'Write up the incident review.', owner: 'me', done: false }]);
    await store.getState().updateMeeting(second.id, { private: true });
    const privateEntry = () => {
      const entry = store.getState().meetings.find((meeting) => meeting.id === second.id);
      if (!entry) throw new Error('the 1:1 went away');
      return entry;
    };

    expect(actionsShownIn(privateEntry(), store.getState().meetings)).toEqual([]);
    expect(await store.getState().bringMeetingActions(second.id)).toBe(true);

    expect(privateEntry().broughtActionIds).toEqual(['a1']);
    expect(actionsShownIn(privateEntry(), store.getState().meetings).map((item) => item.action.id)).toEqual(['a1']);
    store.getState().db?.close();
  });

  it('keeps the open actions of a deleted entry in the next one when asked, or deletes them with it', async () => {
    const { store, me, name } = await mappedStore();
    const first = await store.getState().addMeeting('2026-01-13');
    const second = await store.getState().addMeeting('2026-01-27');
    if (!first || !second) throw new Error('the 1:1 was not added');
    await store.getState().changeMeetingActions(first.id, [
      { id: 'a1', text: 'Write up the incident review.', owner: 'me', done: false },
      { id: 'a2', text: 'Done already.', owner: 'me', done: true },
    ]);

    expect(await store.getState().removeMeeting(first.id, true)).toBe(true);

    expect(store.getState().meetings.map((meeting) => meeting.id)).toEqual([second.id]);
    expect(store.getState().meetings[0]?.actions).toEqual([
      { id: 'a1', text: 'Write up the incident review.', owner: 'me', done: false, agreedOn: '2026-01-13' },
    ]);
    store.getState().db?.close();
    const again = await reopenedStore(name, me.id);
    expect(again.getState().meetings).toEqual(store.getState().meetings);
    expect(await again.getState().removeMeeting(second.id, false)).toBe(true);
    expect(again.getState().meetings).toEqual([]);
    again.getState().db?.close();
  });

  it('removes an entry', async () => {
    const { store } = await mappedStore();
    const kept = await store.getState().addMeeting('2026-01-13');
    const removed = await store.getState().addMeeting('2026-01-27');
    if (!removed) throw new Error('the 1:1 was not added');

    expect(await store.getState().removeMeeting(removed.id)).toBe(true);

    expect(store.getState().meetings).toEqual([kept]);
    store.getState().db?.close();
  });

  it("shows only the open person's goals and notes, and forgets them when that person is removed", async () => {
    const { store, me } = await mappedStore();
    await store.getState().addGoal({ title: 'Mine', owner: 'me', itemIds: [] });
    await store.getState().addMeeting('2026-01-13');
    const priya = await store
      .getState()
      .addPerson({ name: 'Priya', relationship: 'report', target: { frameworkId: map.id, trackId: 'frontend' } });
    if (!priya) throw new Error('the person was not added');

    await store.getState().openPerson(priya.id);
    expect(store.getState().goals).toEqual([]);
    expect(store.getState().meetings).toEqual([]);
    await store.getState().addMeeting('2026-02-01');
    expect(await store.getState().countPersonData(priya.id)).toMatchObject({ goals: 0, meetings: 1 });

    await store.getState().deletePerson(priya.id);
    expect(store.getState().meetings).toEqual([]);
    await store.getState().openPerson(me.id);
    expect(store.getState().goals.map((goal) => goal.title)).toEqual(['Mine']);
    expect(store.getState().meetings).toHaveLength(1);
    store.getState().db?.close();
  });
});
