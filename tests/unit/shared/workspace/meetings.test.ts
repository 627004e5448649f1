import { describe, expect, it } from 'vitest';
import { byNewestFirst, carryOverActions, previousMeeting } from '../../../../shared/workspace/meetings';
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

function action(id: string, patch: Partial<MeetingAction> = {}): MeetingAction {
  return { id, text: `Action ${id}`, owner: 'me', done: false, ...patch };
}

describe('carryOverActions', () => {
  it.each<[string, Meeting | undefined, Pick<MeetingAction, 'text' | 'carriedFrom'>[]]>([
    ['no previous entry', undefined, []],
    ['a previous entry without actions', meeting('m1', '2026-01-13'), []],
    ['only done actions', meeting('m1', '2026-01-13', [action('a', { done: true })]), []],
    [
      'open actions among done ones, in their order',
      meeting('m1', '2026-01-13', [action('a'), action('b', { done: true }), action('c', { owner: 'coach', dueDate: '2026-02-01' })]),
      [
        { text: 'Action a', carriedFrom: 'm1' },
        { text: 'Action c', carriedFrom: 'm1' },
      ],
    ],
    [
      'an action carried once already, which keeps naming where it was first agreed',
      meeting('m2', '2026-01-27', [action('m2.carried.1', { carriedFrom: 'm1' }), action('d')]),
      [
        { text: 'Action m2.carried.1', carriedFrom: 'm1' },
        { text: 'Action d', carriedFrom: 'm2' },
      ],
    ],
  ])('%s', (_, previous, expected) => {
    const carried = carryOverActions(previous, 'm9');
    expect(carried.map(({ text, carriedFrom }) => ({ text, carriedFrom }))).toEqual(expected);
  });

  it('copies owner, due date and text, with ids of their own, and leaves the previous entry as it was', () => {
    const original = action('a', { owner: 'manager', dueDate: '2026-01-20' });
    const previous = meeting('m1', '2026-01-13', [original, action('b')]);
    const before = structuredClone(previous);

    const carried = carryOverActions(previous, 'm2');

    expect(carried).toEqual([
      { id: 'm2.carried.1', text: 'Action a', owner: 'manager', dueDate: '2026-01-20', done: false, carriedFrom: 'm1' },
      { id: 'm2.carried.2', text: 'Action b', owner: 'me', done: false, carriedFrom: 'm1' },
    ]);
    expect(previous).toEqual(before);
    expect(carryOverActions(previous, 'm2')).toEqual(carried);
  });
});

describe('previousMeeting', () => {
  const january = meeting('jan', '2026-01-13');
  const februaryMorning = meeting('feb-am', '2026-02-10', [], '2026-02-10T09:00:00.000Z');
  const februaryAfternoon = meeting('feb-pm', '2026-02-10', [], '2026-02-10T16:00:00.000Z');
  const meetings = [februaryMorning, january, februaryAfternoon];

  it.each([
    ['2026-03-01', 'feb-pm'],
    ['2026-02-10', 'feb-pm'],
    ['2026-02-09', 'jan'],
    ['2026-01-13', 'jan'],
    ['2026-01-12', undefined],
  ])('for a new entry on %s is %s', (date, expected) => {
    expect(previousMeeting(meetings, date)?.id).toBe(expected);
  });

  it('is undefined when there are no entries yet', () => {
    expect(previousMeeting([], '2026-01-01')).toBeUndefined();
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
