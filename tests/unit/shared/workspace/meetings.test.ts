import { describe, expect, it } from 'vitest';
import {
  actionsShownIn,
  actionsToBring,
  agreedDate,
  bringActions,
  byNewestFirst,
  hasCopiedActions,
  keptActionsHome,
  mergeCopiedActions,
  mergeEveryonesCopiedActions,
  openMeetingActions,
  withKeptActions,
  withShownActions,
} from '../../../../shared/workspace/meetings';
import type { Meeting, MeetingAction } from '../../../../shared/workspace/schema';

function meeting(id: string, date: string, actions: MeetingAction[] = [], createdAt = `${date}T15:30:00.000Z`): Meeting {
  return {
    id,
    personId: 'p',
    date,
    talkingPoints: '',
    decisions: '',
    actions,
    private: false,
    createdAt,
    updatedAt: createdAt,
  };
}

/** The item at `index`, which the test put there. */
function nth<T>(items: readonly (T | undefined)[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`nothing at ${index}`);
  return item;
}

function action(id: string, patch: Partial<MeetingAction> = {}): MeetingAction {
  return { id, text: `Action ${id}`, owner: 'me', done: false, ...patch };
}

/** A person's 1:1s, oldest first: January's action carries on while open. */
function history(patch: Partial<MeetingAction> = {}, privateIds: readonly string[] = []): Meeting[] {
  return [
    meeting('jan', '2026-01-13', [action('a', { dueDate: '2026-01-20', ...patch })]),
    meeting('feb', '2026-02-10'),
    meeting('mar', '2026-03-10'),
  ].map((entry) => ({ ...entry, private: privateIds.includes(entry.id) }));
}

function shownIds(meetings: readonly Meeting[], id: string): string[] {
  const entry = meetings.find((candidate) => candidate.id === id);
  return entry ? actionsShownIn(entry, meetings).map((shown) => `${shown.action.id}${shown.carried ? ' (carried)' : ''}`) : [];
}

describe('actionsShownIn', () => {
  it('shows an open action in the entry it was agreed in and in every later one, kept once', () => {
    const meetings = history();
    expect(['jan', 'feb', 'mar'].map((id) => shownIds(meetings, id))).toEqual([['a'], ['a (carried)'], ['a (carried)']]);
    const inMarch = nth(actionsShownIn(nth(meetings, 2), meetings), 0);
    expect(inMarch?.holder.id).toBe('jan');
    expect(agreedDate(inMarch)).toBe('2026-01-13');
  });

  it('shows an action done later, ticked, in the entries it was open at, and not in those after it was done', () => {
    const meetings = history({ done: true, doneOn: '2026-02-20' });
    expect(['jan', 'feb', 'mar'].map((id) => shownIds(meetings, id))).toEqual([['a'], ['a (carried)'], []]);
  });

  it('shows an action done on the day of a 1:1 in that 1:1', () => {
    expect(shownIds(history({ done: true, doneOn: '2026-03-10' }), 'mar')).toEqual(['a (carried)']);
  });

  it('never shows an action in an entry before the one it was agreed in', () => {
    const meetings = history();
    const december = meeting('dec', '2025-12-01');
    expect(shownIds([...meetings, december], 'dec')).toEqual([]);
  });

  it('keeps actions out of a private entry until they are brought in, and then shows them there', () => {
    const meetings = history({}, ['feb']);
    const february = nth(meetings, 1);
    expect(shownIds(meetings, 'feb')).toEqual([]);
    expect(actionsToBring(february, meetings).map((shown) => shown.action.id)).toEqual(['a']);
    expect(shownIds(meetings, 'mar')).toEqual(['a (carried)']);

    const brought = meetings.map((entry) => (entry.id === 'feb' ? bringActions(entry, meetings) : entry));
    expect(shownIds(brought, 'feb')).toEqual(['a (carried)']);
    expect(actionsToBring(nth(brought, 1), brought)).toEqual([]);
  });

  it('keeps an action agreed in a private entry out of later shared entries unless brought in', () => {
    const meetings = history({}, ['jan']);
    expect(shownIds(meetings, 'feb')).toEqual([]);
    expect(actionsToBring(nth(meetings, 1), meetings).map((shown) => shown.action.id)).toEqual(['a']);
    expect(openMeetingActions(meetings, false)).toEqual([]);
    expect(openMeetingActions(meetings, true).map((shown) => shown.action.id)).toEqual(['a']);
  });

  it('offers nothing to bring that is done', () => {
    const meetings = history({ done: true, doneOn: '2026-03-01' }, ['feb']);
    expect(actionsToBring(nth(meetings, 1), meetings)).toEqual([]);
  });
});

describe('withShownActions', () => {
  it('ticks a carried action done in the entry that keeps it, with the day, so every entry shows it done', () => {
    const meetings = history();
    const march = nth(meetings, 2);
    const edited = actionsShownIn(march, meetings).map((shown) => ({ ...shown.action, done: true }));

    const changed = withShownActions(meetings, 'mar', edited, '2026-03-11');

    expect(changed.map((entry) => entry.id)).toEqual(['jan']);
    expect(changed[0]?.actions).toEqual([
      { id: 'a', text: 'Action a', owner: 'me', dueDate: '2026-01-20', done: true, doneOn: '2026-03-11' },
    ]);
    const after = meetings.map((entry) => changed.find((next) => next.id === entry.id) ?? entry);
    expect(actionsShownIn(nth(after, 0), after)[0]?.action.done).toBe(true);
    expect(actionsShownIn(nth(after, 1), after)[0]?.action.done).toBe(true);
  });

  it('forgets the day when an action is unticked', () => {
    const meetings = history({ done: true, doneOn: '2026-03-11' });
    const edited = nth(meetings, 0).actions.map((entry) => ({ ...entry, done: false }));
    expect(withShownActions(meetings, 'jan', edited, '2026-03-12')[0]?.actions).toEqual([
      { id: 'a', text: 'Action a', owner: 'me', dueDate: '2026-01-20', done: false },
    ]);
  });

  it('adds a new action to the entry it was added in, and removes a carried one where it is kept', () => {
    const meetings = history();
    const added = action('b');
    const changed = withShownActions(meetings, 'feb', [added], '2026-02-10');
    expect(changed.map((entry) => [entry.id, entry.actions.map((item) => item.id)])).toEqual([
      ['jan', []],
      ['feb', ['b']],
    ]);
  });

  it('changes nothing for an entry that is not there', () => {
    expect(withShownActions(history(), 'gone', [], '2026-02-10')).toEqual([]);
  });
});

describe('keeping the open actions of a deleted entry', () => {
  it('moves them to the next entry of the same kind, still saying when they were agreed, and done ones go', () => {
    const meetings = history();
    nth(meetings, 0).actions.push(action('done', { done: true, doneOn: '2026-01-15' }));
    const home = keptActionsHome(nth(meetings, 0), meetings);
    expect(home?.id).toBe('feb');
    const kept = withKeptActions(nth([home], 0), nth(meetings, 0));
    expect(kept.actions.map((entry) => [entry.id, entry.agreedOn])).toEqual([['a', '2026-01-13']]);
    const after = [kept, nth(meetings, 2)];
    expect(shownIds(after, 'feb')).toEqual(['a (carried)']);
    expect(shownIds(after, 'mar')).toEqual(['a (carried)']);
  });

  it('falls back to the entry before, and never to one of the other kind', () => {
    const meetings = history({}, ['jan']);
    expect(keptActionsHome(nth(meetings, 0), meetings)).toBeUndefined();
    expect(keptActionsHome(nth(meetings, 2), meetings)?.id).toBe('feb');
  });

  it('shows a kept action moved to an earlier entry only from its own date on', () => {
    const meetings = history();
    const moved = withKeptActions(nth(meetings, 1), { ...nth(meetings, 2), actions: [action('late')] });
    expect(actionsShownIn(nth(meetings, 2), [nth(meetings, 0), moved]).map((shown) => shown.action.id)).toEqual(['a', 'late']);
    const april = meeting('apr', '2026-04-01');
    expect(shownIds([nth(meetings, 0), moved, april], 'apr')).toEqual(['a (carried)', 'late (carried)']);
  });
});

/** Five entries as the earlier Waymark left them: each open action copied into the next entry. */
function copiedHistory(): Meeting[] {
  const copy = (id: string, patch: Partial<MeetingAction> = {}) =>
    action(id, { text: 'Book the review room', carriedFrom: 'm1', ...patch });
  return [
    meeting('m1', '2026-01-06', [action('a', { text: 'Book the review room', owner: 'manager', dueDate: '2026-01-20' }), action('b')]),
    meeting('m2', '2026-01-20', [copy('m2.carried.1', { owner: 'manager', dueDate: '2026-01-20' }), action('c')]),
    meeting('m3', '2026-02-03', [
      copy('m3.carried.1', { owner: 'manager', dueDate: '2026-01-20' }),
      action('m3.carried.2', { text: 'Action c', carriedFrom: 'm2' }),
    ]),
    meeting('m4', '2026-02-17', [copy('m4.carried.1', { owner: 'manager', dueDate: '2026-02-28', done: true })]),
    meeting('m5', '2026-03-03', []),
  ];
}

describe('mergeCopiedActions', () => {
  it('folds the copies into the action they were copied from, done if any copy was ticked, with the newest owner and due date', () => {
    const { meetings, merged, changed } = mergeCopiedActions(copiedHistory());

    expect(merged).toBe(4);
    expect(changed.map((entry) => entry.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    const [m1, m2, m3, m4] = meetings;
    expect(m1?.actions).toEqual([
      { id: 'a', text: 'Book the review room', owner: 'manager', dueDate: '2026-02-28', done: true },
      action('b'),
    ]);
    expect(m2?.actions.map((entry) => entry.id)).toEqual(['c']);
    expect(m3?.actions).toEqual([]);
    expect(m4?.actions).toEqual([]);
    // Every entry that held a copy still shows the action; the one after does not (it was done by then).
    expect(['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => shownIds(meetings, id))).toEqual([
      ['a', 'b'],
      ['c', 'a (carried)', 'b (carried)'],
      ['a (carried)', 'b (carried)', 'c (carried)'],
      ['a (carried)', 'b (carried)', 'c (carried)'],
      ['b (carried)', 'c (carried)'],
    ]);
  });

  it('changes nothing the second time', () => {
    const once = mergeCopiedActions(copiedHistory()).meetings;
    const twice = mergeCopiedActions(once);
    expect(twice.merged).toBe(0);
    expect(twice.changed).toEqual([]);
    expect(hasCopiedActions(once)).toBe(false);
  });

  it('keeps copies apart when the first entry has the same text twice', () => {
    const meetings = copiedHistory();
    nth(meetings, 0).actions.push(action('a2', { text: 'Book the review room' }));
    const { meetings: after, merged } = mergeCopiedActions(meetings);
    expect(merged).toBe(1);
    expect(after[2]?.actions.map((entry) => entry.id)).toEqual(['m3.carried.1']);
    expect(after[3]?.actions.map((entry) => entry.id)).toEqual(['m4.carried.1']);
  });

  it('keeps apart a copy whose text was edited', () => {
    const meetings = copiedHistory();
    nth(meetings, 2).actions[0] = { ...nth(nth(meetings, 2).actions, 0), text: 'Book the big review room' };
    const { meetings: after } = mergeCopiedActions(meetings);
    expect(after[2]?.actions.map((entry) => entry.id)).toEqual(['m3.carried.1']);
    expect(after[0]?.actions[0]?.done).toBe(true);
  });

  it('keeps copies whose first entry was deleted as one action in the earliest entry that holds one', () => {
    const [, ...rest] = copiedHistory();
    const { meetings, merged } = mergeCopiedActions(rest);
    expect(merged).toBe(3);
    expect(meetings[0]?.actions.map((entry) => [entry.id, entry.carriedFrom, entry.done])).toEqual([
      ['m2.carried.1', 'm1', true],
      ['c', undefined, false],
    ]);
  });

  it('merges each person’s copies apart', () => {
    const other = copiedHistory().map((entry) => ({
      ...entry,
      id: `x${entry.id}`,
      personId: 'q',
      actions: entry.actions.map((item) => (item.carriedFrom ? { ...item, carriedFrom: `x${item.carriedFrom}` } : item)),
    }));
    const result = mergeEveryonesCopiedActions([...copiedHistory(), ...other]);
    expect(result.merged).toBe(8);
    expect(result.meetings).toHaveLength(10);
  });
});

describe('byNewestFirst', () => {
  it('orders by date, then by when the entry was recorded', () => {
    const entries = [
      meeting('jan', '2026-01-13'),
      meeting('feb-am', '2026-02-10', [], '2026-02-10T09:00:00.000Z'),
      meeting('dec', '2025-12-01'),
      meeting('feb-pm', '2026-02-10', [], '2026-02-10T16:00:00.000Z'),
    ];
    expect(entries.sort(byNewestFirst).map((entry) => entry.id)).toEqual(['feb-pm', 'feb-am', 'jan', 'dec']);
  });
});
