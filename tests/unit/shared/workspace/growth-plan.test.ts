import { describe, expect, it } from 'vitest';
import {
  goalFromGap,
  goalsForItem,
  goalSummary,
  goalTitleFromGap,
  isFinished,
  isOverdue,
  itemsWithoutGoal,
  movedGoalIds,
  nextOrder,
  planGroup,
} from '../../../../shared/workspace/growth-plan';
import type { Action, Goal, GoalStatus } from '../../../../shared/workspace/schema';

const today = '2026-03-10';

function action(patch: Partial<Action> = {}): Action {
  return { id: 'a1', text: 'Read the OWASP Top 10.', owner: 'me', done: false, ...patch };
}

function goal(patch: Partial<Goal> = {}): Goal {
  return {
    id: 'g1',
    personId: 'p',
    frameworkId: 'map',
    title: 'Security',
    itemIds: [],
    owner: 'me',
    status: 'planned',
    actions: [],
    evidenceIds: [],
    order: 0,
    archived: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

describe('isOverdue', () => {
  it.each([
    ['an open action due yesterday', action({ dueDate: '2026-03-09' }), true],
    ['an open action due a year ago', action({ dueDate: '2025-03-10' }), true],
    ['an open action due today', action({ dueDate: today }), false],
    ['an open action due tomorrow', action({ dueDate: '2026-03-11' }), false],
    ['an open action with no due date', action(), false],
    ['a done action due yesterday', action({ dueDate: '2026-03-09', done: true }), false],
  ])('%s: %s', (_, item, expected) => {
    expect(isOverdue(item, today)).toBe(expected);
  });

  it.each<[GoalStatus, string | undefined, boolean]>([
    ['planned', '2026-03-09', true],
    ['in-progress', '2026-02-28', true],
    ['done', '2026-03-09', false],
    ['dropped', '2026-03-09', false],
    ['in-progress', today, false],
    ['planned', undefined, false],
  ])('a goal %s, due %s: %s', (status, dueDate, expected) => {
    expect(isOverdue(goal({ status, dueDate }), today)).toBe(expected);
  });

  it('is not fooled by a goal whose actions are done but whose status is not', () => {
    expect(isOverdue(goal({ dueDate: '2026-03-01', actions: [action({ done: true })] }), today)).toBe(true);
  });
});

describe('isFinished', () => {
  it.each<[GoalStatus, boolean]>([
    ['planned', false],
    ['in-progress', false],
    ['done', true],
    ['dropped', true],
  ])('%s: %s', (status, expected) => {
    expect(isFinished({ status })).toBe(expected);
  });
});

describe('nextOrder', () => {
  it.each([
    [[], 0],
    [[0], 1],
    [[0, 1, 2], 3],
    [[4, 1], 5],
    [[-2], 0],
    [[0.5, 1.5], 2.5],
  ])('after orders %j comes %d', (orders, expected) => {
    expect(nextOrder(orders.map((order) => ({ order })))).toBe(expected);
  });
});

describe('movedGoalIds', () => {
  const plan = [
    goal({ id: 'a', order: 0 }),
    goal({ id: 'old', order: 1, archived: true, status: 'done' }),
    goal({ id: 'b', order: 2 }),
    goal({ id: 'c', order: 3 }),
    goal({ id: 'older', order: 4, archived: true, status: 'dropped' }),
  ];

  it.each<[string, 'up' | 'down', string[]]>([
    ['b', 'up', ['b', 'old', 'a', 'c', 'older']],
    ['a', 'down', ['b', 'old', 'a', 'c', 'older']],
    ['c', 'up', ['a', 'old', 'c', 'b', 'older']],
    ['a', 'up', ['a', 'old', 'b', 'c', 'older']],
    ['c', 'down', ['a', 'old', 'b', 'c', 'older']],
    ['old', 'down', ['a', 'older', 'b', 'c', 'old']],
    ['older', 'down', ['a', 'old', 'b', 'c', 'older']],
    ['missing', 'up', ['a', 'old', 'b', 'c', 'older']],
  ])('moving %s %s gives %j', (id, direction, expected) => {
    expect(movedGoalIds(plan, id, direction)).toEqual(expected);
  });

  it('moves an open goal past finished ones, and a finished goal among the finished', () => {
    const mixed = [goal({ id: 'a', order: 0 }), goal({ id: 'done', order: 1, status: 'done' }), goal({ id: 'b', order: 2 })];
    expect(movedGoalIds(mixed, 'b', 'up')).toEqual(['b', 'done', 'a']);
    expect(movedGoalIds(mixed, 'done', 'up')).toEqual(['a', 'done', 'b']);
  });

  it('reads the order from the goals, not from where they sit in the list', () => {
    const shuffled = [plan[3], plan[0], plan[2]].flatMap((entry) => (entry ? [entry] : []));
    expect(movedGoalIds(shuffled, 'c', 'up')).toEqual(['a', 'c', 'b']);
  });
});

describe('goalTitleFromGap', () => {
  it.each([
    [
      'Security',
      ['Awareness of common vulnerabilities and how to mitigate them.'],
      'Security: Awareness of common vulnerabilities and how to mitigate them',
    ],
    [
      'Architecture, performance & security',
      ['Architecture & Patterns: Understanding design patterns, OOP, and functional programming.', 'Security: …', 'Performance: …'],
      'Architecture, performance & security: Architecture & Patterns: Understanding design patterns, OOP, and functional… and 2 more',
    ],
    ['Skills', ['Kubernetes', 'Terraform'], 'Skills: Kubernetes and 1 more'],
    ['Soft skills', ['  Strong   communication,\n mentoring  '], 'Soft skills: Strong communication, mentoring'],
    ['Tasks', ['x'.repeat(100)], `Tasks: ${'x'.repeat(80)}…`],
    ['Tasks', ['x'.repeat(80)], `Tasks: ${'x'.repeat(80)}`],
    ['Experience', [], 'Close the gap in Experience'],
  ])('%s with %j is titled %j', (area, texts, expected) => {
    expect(
      goalTitleFromGap(
        area,
        texts.map((text) => ({ text })),
      ),
    ).toBe(expected);
  });

  it.each([
    [['Security'], 'Architecture: Security'],
    [['Security', 'Performance Tuning'], 'Architecture: Security and Performance Tuning'],
    [['Patterns', 'Security', 'Performance Tuning'], 'Architecture: Patterns, Security and Performance Tuning'],
    [
      ['Patterns', 'Security', 'Performance Tuning', 'Caching', 'Accessibility'],
      'Architecture: Patterns, Security, Performance Tuning and 2 more',
    ],
    [['Security', 'Security'], 'Architecture: Security'],
  ])('names the skills %j where every statement has one', (skills, expected) => {
    expect(
      goalTitleFromGap(
        'Architecture',
        skills.map((skillName) => ({ text: `${skillName}: a statement.`, skillName })),
      ),
    ).toBe(expected);
  });

  it('falls back to the first statement when a statement has no skill name', () => {
    const items = [
      { text: 'Security: Awareness of common vulnerabilities.', skillName: 'Security' },
      { text: 'Leads the team’s design reviews.', skillName: undefined },
    ];
    expect(goalTitleFromGap('Architecture', items)).toBe('Architecture: Security: Awareness of common vulnerabilities and 1 more');
  });
});

describe('goalFromGap', () => {
  it('plans a goal of the person, addressing every open statement of the area, after their other goals', () => {
    const draft = goalFromGap({
      personId: 'p',
      frameworkId: 'map',
      area: { name: 'Security' },
      items: [
        { id: 'frontend.L5.skill.2', text: 'Awareness of common vulnerabilities.' },
        { id: 'frontend.L5.skill.3', text: 'Deep understanding of browser performance.' },
      ],
      goals: [{ order: 0 }, { order: 3 }],
    });

    expect(draft).toEqual({
      personId: 'p',
      frameworkId: 'map',
      title: 'Security: Awareness of common vulnerabilities and 1 more',
      itemIds: ['frontend.L5.skill.2', 'frontend.L5.skill.3'],
      owner: 'me',
      status: 'planned',
      actions: [],
      evidenceIds: [],
      order: 4,
      archived: false,
    });
    expect(draft).not.toHaveProperty('dueDate');
  });
});

describe('goalsForItem / itemsWithoutGoal', () => {
  const goal = (id: string, itemIds: string[], extra: { archived?: boolean; status?: 'planned' | 'done' | 'dropped' } = {}) => ({
    id,
    itemIds,
    archived: extra.archived ?? false,
    status: extra.status ?? 'planned',
  });
  const goals = [
    goal('g1', ['a', 'b']),
    goal('g2', ['c'], { status: 'dropped' }),
    goal('g3', ['d'], { archived: true, status: 'done' }),
    goal('g4', ['b'], { status: 'done' }),
  ];

  it('finds the goals in the plan that address an item, leaving out dropped and archived ones', () => {
    expect(goalsForItem(goals, 'b').map((entry) => entry.id)).toEqual(['g1', 'g4']);
    expect(goalsForItem(goals, 'c')).toEqual([]);
    expect(goalsForItem(goals, 'd')).toEqual([]);
  });

  it('keeps only the items no goal addresses yet', () => {
    expect(itemsWithoutGoal(goals, [{ id: 'a' }, { id: 'c' }, { id: 'd' }, { id: 'e' }]).map((item) => item.id)).toEqual(['c', 'd', 'e']);
  });
});

describe('planGroup', () => {
  it.each<[Partial<Goal>, string]>([
    [{ status: 'planned' }, 'open'],
    [{ status: 'in-progress' }, 'open'],
    [{ status: 'done' }, 'finished'],
    [{ status: 'dropped' }, 'finished'],
    [{ status: 'done', archived: true }, 'archived'],
  ])('%j is shown with the %s goals', (patch, expected) => {
    expect(planGroup(goal(patch))).toBe(expected);
  });
});

describe('goalSummary', () => {
  const areas = new Map([
    ['s1', 'Soft skills'],
    ['s2', 'Architecture'],
    ['s3', 'Soft skills'],
  ]);

  it('counts statements, names their areas once in the goal’s order, and counts actions done and evidence', () => {
    const summary = goalSummary(
      goal({
        itemIds: ['s3', 's2', 's1', 'gone'],
        actions: [action({ id: 'a1', done: true }), action({ id: 'a2' }), action({ id: 'a3', done: true })],
        evidenceIds: ['e1'],
      }),
      areas,
    );
    expect(summary).toEqual({
      statementCount: 4,
      areaNames: ['Soft skills', 'Architecture'],
      actionsDone: 2,
      actionsTotal: 3,
      evidenceCount: 1,
    });
  });

  it('is empty for a goal written by hand with nothing in it yet', () => {
    expect(goalSummary(goal(), areas)).toEqual({ statementCount: 0, areaNames: [], actionsDone: 0, actionsTotal: 0, evidenceCount: 0 });
  });
});
