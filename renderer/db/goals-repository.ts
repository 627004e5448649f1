/**
 * Growth-plan goals: each tied to the gap statements it addresses, with its actions and linked evidence,
 * kept in the order the person put them.
 */
import { Dexie } from 'dexie';
import type { z } from 'zod';
import { byOrder, nextOrder } from '../../shared/workspace/growth-plan';
import { type Goal, goalSchema } from '../../shared/workspace/schema';
import { loadInTransaction, saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { upsertRecord } from './upsert-record';
import { failSave, parseStored } from './workspace-error';

/**
 * A goal to save. Without an id it is a new goal; with one it replaces that goal (or creates it under
 * that id), keeping whose it is and when it was created. Without an order it keeps its place, or a new
 * goal goes last.
 */
export type GoalInput = Omit<z.input<typeof goalSchema>, 'id' | 'order' | 'createdAt' | 'updatedAt'> & {
  id?: string | undefined;
  order?: number | undefined;
};

/** A person's goals, archived ones included, in the plan's order. */
export async function goalsFor(db: WorkspaceDatabase, personId: string): Promise<Goal[]> {
  const action = 'the growth plan';
  const rows = await loadInTransaction(db, [db.goals], action, () => byPlanOrder(db, personId).toArray());
  return rows.map((row) => parseStored(goalSchema, row, action)).sort(byOrder);
}

export async function saveGoal(db: WorkspaceDatabase, input: GoalInput, now = new Date()): Promise<Goal> {
  // The order is found in the same transaction as the write, so two goals added at once do not share a place.
  return upsertRecord(db, db.goals, goalSchema, input, 'the goal', now, (existing, personId) => {
    const order = input.order ?? existing?.order;
    return order === undefined ? orderAfterLast(db, personId).then((after) => ({ order: after })) : { order };
  });
}

export async function removeGoal(db: WorkspaceDatabase, id: string): Promise<void> {
  await saveInTransaction(db, [db.goals], 'the removal of this goal', () => db.goals.delete(id));
}

/**
 * Puts a person's goals in the order given, all in one transaction. Goals not named (archived ones the
 * screen did not show) follow in their previous order. Returns the whole plan in its new order.
 */
export async function reorderGoals(db: WorkspaceDatabase, personId: string, orderedIds: readonly string[]): Promise<Goal[]> {
  const action = 'the new order of the plan';
  return saveInTransaction(db, [db.goals], action, async () => {
    const goals = (await byPlanOrder(db, personId).toArray()).map((row) => parseStored(goalSchema, row, action)).sort(byOrder);
    const byId = new Map(goals.map((goal) => [goal.id, goal]));
    const named = [...new Set(orderedIds)].flatMap((id) => {
      const goal = byId.get(id);
      return goal ? [goal] : [];
    });
    if (named.length !== new Set(orderedIds).size) {
      return failSave('The new order of the plan was not saved: a goal in it is no longer in your workspace. Reload and try again.');
    }
    const namedIds = new Set(orderedIds);
    const reordered = [...named, ...goals.filter((goal) => !namedIds.has(goal.id))].map((goal, order) => ({ ...goal, order }));
    await db.goals.bulkPut(reordered.filter((goal) => goal.order !== byId.get(goal.id)?.order));
    return reordered;
  });
}

function byPlanOrder(db: WorkspaceDatabase, personId: string) {
  return db.goals.where('[personId+order]').between([personId, Dexie.minKey], [personId, Dexie.maxKey]);
}

/** The order after the person's last goal, read from the index rather than by loading the whole plan. */
function orderAfterLast(db: WorkspaceDatabase, personId: string): PromiseLike<number> {
  return byPlanOrder(db, personId)
    .last()
    .then((last) => nextOrder(last ? [last] : []));
}
