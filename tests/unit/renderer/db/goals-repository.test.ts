import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { goalsFor, removeGoal, reorderGoals, saveGoal, type GoalInput } from '../../../../renderer/db/goals-repository';
import { WorkspaceError } from '../../../../renderer/db/workspace-error';
import { careerMapId, goal, openTestDatabase } from './workspace-test-database';

const personId = '0b6f2d47-3c1e-4d8a-9f6b-2a7e5c9d1f30';

function newGoal(overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    personId,
    frameworkId: careerMapId,
    title: 'Architecture, performance & security: Awareness of common vulnerabilities and 1 more',
    itemIds: ['frontend.L5.skill.2', 'frontend.L5.skill.3'],
    owner: 'me',
    status: 'planned',
    actions: [],
    evidenceIds: [],
    archived: false,
    ...overrides,
  };
}

describe('saving a new goal', () => {
  it('stores it with a new id and timestamps, after the goals already there', async () => {
    const db = await openTestDatabase();
    await db.goals.bulkAdd([goal(personId, { order: 0 }), goal(personId, { order: 4, archived: true, status: 'done' })]);
    await db.goals.add(goal('someone-else', { order: 9 }));
    const now = new Date('2026-02-17T19:10:02.334Z');

    const saved = await saveGoal(db, newGoal({ title: '  Give a talk at the guild  ' }), now);

    expect(saved).toMatchObject({
      title: 'Give a talk at the guild',
      order: 5,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.goals.get(saved.id)).toEqual(saved);
  });

  it('starts a plan at order 0, and gives goals added at once places of their own', async () => {
    const db = await openTestDatabase();

    const saved = await Promise.all([saveGoal(db, newGoal()), saveGoal(db, newGoal()), saveGoal(db, newGoal())]);

    expect(saved.map((entry) => entry.order).sort()).toEqual([0, 1, 2]);
  });

  it.each([
    [{ title: '   ' }, /give the goal a title \(title\)/],
    [{ dueDate: '2026-02-30' }, /\(dueDate\)/],
    [{ actions: [{ id: 'a1', text: ' ', owner: 'me' as const, done: false }] }, /say what the action is \(actions\.0\.text\)/],
    [{ status: 'finished' as 'done' }, /\(status\)/],
  ])('refuses %o with a message that says what is wrong, and saves nothing', async (overrides, message) => {
    const db = await openTestDatabase();

    const attempt = saveGoal(db, newGoal(overrides));
    await expect(attempt).rejects.toBeInstanceOf(WorkspaceError);
    await expect(attempt).rejects.toThrow(/^The goal was not saved: /);
    await expect(attempt).rejects.toThrow(message);
    expect(await db.goals.count()).toBe(0);
  });
});

describe('changing a goal', () => {
  it('replaces what was given, keeping its place, whose it is and when it was created', async () => {
    const db = await openTestDatabase();
    const created = await saveGoal(db, newGoal(), new Date('2026-02-17T19:10:02.334Z'));
    const later = new Date('2026-03-01T08:45:19.007Z');

    const action = { id: 'a1', text: 'Read the OWASP Top 10.', owner: 'me' as const, dueDate: '2026-02-28', done: false };
    const changed = await saveGoal(db, { ...created, personId: 'someone-else', status: 'in-progress', actions: [action] }, later);

    expect(changed).toEqual({ ...created, status: 'in-progress', actions: [action], updatedAt: later.toISOString() });
    expect(await goalsFor(db, personId)).toEqual([changed]);
  });

  it('leaves the goal as it was when the change is invalid', async () => {
    const db = await openTestDatabase();
    const created = await saveGoal(db, newGoal());

    await expect(saveGoal(db, { ...created, title: '' })).rejects.toThrow(/give the goal a title/);
    expect(await db.goals.get(created.id)).toEqual(created);
  });

  it('removes one goal', async () => {
    const db = await openTestDatabase();
    const kept = await saveGoal(db, newGoal());
    const removed = await saveGoal(db, newGoal());

    await removeGoal(db, removed.id);

    expect(await goalsFor(db, personId)).toEqual([kept]);
  });
});

describe('goalsFor', () => {
  it("lists one person's goals in the plan's order, archived ones included", async () => {
    const db = await openTestDatabase();
    const third = goal(personId, { order: 7 });
    const first = goal(personId, { order: 0, archived: true, status: 'dropped' });
    const second = goal(personId, { order: 2 });
    await db.goals.bulkAdd([third, first, second, goal('someone-else', { order: 1 })]);

    expect(await goalsFor(db, personId)).toEqual([first, second, third]);
    expect(await goalsFor(db, 'nobody')).toEqual([]);
  });

  it('reports a damaged goal rather than showing it half-read', async () => {
    const db = await openTestDatabase();
    await db.table('goals').put({ ...goal(personId), owner: 'mentor' });

    await expect(goalsFor(db, personId)).rejects.toThrow(/^The growth plan could not be loaded: a saved record is damaged \(.*\(owner\)\)/);
  });
});

describe('reorderGoals', () => {
  it('puts the goals in the order given, in one go, with the ones not named after them', async () => {
    const db = await openTestDatabase();
    const [a, b, c, archived] = [
      goal(personId, { order: 0 }),
      goal(personId, { order: 1 }),
      goal(personId, { order: 2 }),
      goal(personId, { order: 3, archived: true, status: 'done' }),
    ];
    await db.goals.bulkAdd([a, b, c, archived]);

    const reordered = await reorderGoals(db, personId, [c.id, a.id, b.id]);

    const expected = [c.id, a.id, b.id, archived.id];
    expect(reordered.map((entry) => entry.id)).toEqual(expected);
    expect(reordered.map((entry) => entry.order)).toEqual([0, 1, 2, 3]);
    expect((await goalsFor(db, personId)).map((entry) => entry.id)).toEqual(expected);
  });

  it('changes nothing when a goal in the new order is gone', async () => {
    const db = await openTestDatabase();
    const [a, b] = [goal(personId, { order: 0 }), goal(personId, { order: 1 })];
    const elsewhere = goal('someone-else', { order: 0 });
    await db.goals.bulkAdd([a, b, elsewhere]);

    await expect(reorderGoals(db, personId, [b.id, 'gone', a.id])).rejects.toThrow(/a goal in it is no longer in your workspace/);
    await expect(reorderGoals(db, personId, [elsewhere.id, a.id])).rejects.toThrow(/no longer in your workspace/);
    expect(await goalsFor(db, personId)).toEqual([a, b]);
  });
});
