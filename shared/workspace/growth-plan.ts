/**
 * Growth plans: goals made from a gap, the plan's order, and what is overdue. Pure functions over plain
 * data, shared by the store, the screens and the documents.
 */
import { shorten } from '../text/shorten';
import type { Action, Goal, GoalStatus } from './schema';

/** A goal as it is proposed, before the repository gives it an id and timestamps. */
export type GoalDraft = Omit<Goal, 'id' | 'createdAt' | 'updatedAt'>;

const finishedStatuses: ReadonlySet<GoalStatus> = new Set(['done', 'dropped']);

/** Done or dropped: nothing is left to do, so the goal can be archived and is never overdue. */
export function isFinished(goal: Pick<Goal, 'status'>): boolean {
  return finishedStatuses.has(goal.status);
}

/**
 * Whether an action or a goal is past its due date and still open. `today` is the person's own calendar
 * date ("2026-11-23"): something due today is not overdue yet. ISO dates compare correctly as strings.
 */
export function isOverdue(item: Pick<Action, 'done' | 'dueDate'> | Pick<Goal, 'status' | 'dueDate'>, today: string): boolean {
  if (item.dueDate === undefined) return false;
  const open = 'status' in item ? !isFinished(item) : !item.done;
  return open && item.dueDate < today;
}

/** The order that puts a new goal after every goal the person has, archived ones included. */
export function nextOrder(goals: readonly Pick<Goal, 'order'>[]): number {
  return goals.reduce((highest, goal) => Math.max(highest, goal.order + 1), 0);
}

/** Lower order first; equal orders (from an older copy of the plan) keep a stable, repeatable order. */
export function byOrder(a: Pick<Goal, 'order' | 'createdAt'>, b: Pick<Goal, 'order' | 'createdAt'>): number {
  return a.order - b.order || a.createdAt.localeCompare(b.createdAt);
}

/**
 * Where a goal is shown: open goals (planned or in progress) first, in the plan's order; finished ones
 * (done or dropped) below them; archived ones only on request.
 */
export type PlanGroup = 'open' | 'finished' | 'archived';

export function planGroup(goal: Pick<Goal, 'archived' | 'status'>): PlanGroup {
  if (goal.archived) return 'archived';
  return isFinished(goal) ? 'finished' : 'open';
}

/**
 * The plan's goal ids, in order, after moving one goal a step up or down. It moves past the next goal
 * shown with it — open among open, finished among finished, archived among archived — so a goal of
 * another group never swallows a click. At either end, or for an unknown id, the order is unchanged.
 */
export function movedGoalIds(
  goals: readonly Pick<Goal, 'id' | 'order' | 'archived' | 'status' | 'createdAt'>[],
  goalId: string,
  direction: 'up' | 'down',
): string[] {
  const ids = [...goals].sort(byOrder).map((goal) => goal.id);
  const groups = new Map(goals.map((goal) => [goal.id, planGroup(goal)]));
  const from = ids.indexOf(goalId);
  if (from < 0) return ids;
  const shownTogether = (id: string | undefined) => id !== undefined && groups.get(id) === groups.get(goalId);
  const step = direction === 'up' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < ids.length && !shownTogether(ids[to])) to += step;
  const neighbour = ids[to];
  if (neighbour === undefined) return ids;
  const moved = [...ids];
  moved[from] = neighbour;
  moved[to] = goalId;
  return moved;
}

/** What a goal's row in the plan says about it without opening it. */
export interface GoalSummary {
  /** How many statements (or components) it addresses, and the areas they are in, in the goal's order. */
  statementCount: number;
  areaNames: string[];
  actionsDone: number;
  actionsTotal: number;
  evidenceCount: number;
}

/** `areaNameOf` names the area of an item; items the framework no longer has count, but name no area. */
export function goalSummary(goal: Pick<Goal, 'itemIds' | 'actions' | 'evidenceIds'>, areaNameOf: ReadonlyMap<string, string>): GoalSummary {
  const areaNames = [...new Set(goal.itemIds.flatMap((id) => areaNameOf.get(id) ?? []))];
  return {
    statementCount: goal.itemIds.length,
    areaNames,
    actionsDone: goal.actions.filter((action) => action.done).length,
    actionsTotal: goal.actions.length,
    evidenceCount: goal.evidenceIds.length,
  };
}

/** An item of the gap list as a goal needs it; `skillName` where the framework names the skill. */
export interface GapItemForGoal {
  id: string;
  text: string;
  skillName?: string | undefined;
}

export interface GapForGoal {
  personId: string;
  frameworkId: string;
  /** The skill area (or, on a role card, the component type) the gap is in. */
  area: { name: string };
  /** The area's statements (or components) still to meet, in the gap list's order. */
  items: readonly GapItemForGoal[];
  /** The person's goals so far: the new one goes after them. */
  goals: readonly Pick<Goal, 'order'>[];
}

const titleStatementLength = 80;
const titleSkillCount = 3;

/** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
function listed(names: readonly string[], shown: number): string {
  if (names.length > shown) return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The area, then what is to be met: the skills by name where the framework names them all ("Architecture,
 * performance & security: Architecture & Patterns, Security and Performance Tuning"), else the first
 * statement, shortened ("Soft skills: Strong communication, mentoring… and 2 more").
 */
export function goalTitleFromGap(areaName: string, items: readonly Omit<GapItemForGoal, 'id'>[]): string {
  const [first] = items;
  if (!first) return `Close the gap in ${areaName}`;
  const skills = [...new Set(items.map((item) => item.skillName?.trim() ?? ''))];
  if (skills.every(Boolean)) return `${areaName}: ${listed(skills, titleSkillCount)}`;
  const more = items.length > 1 ? ` and ${items.length - 1} more` : '';
  // A title is not a sentence: the statement's full stop goes.
  return `${areaName}: ${shorten(first.text.trim().replace(/\.$/, ''), titleStatementLength)}${more}`;
}

/** A planned goal, owned by the person, addressing every statement an area of the gap list still has open. */
export function goalFromGap(gap: GapForGoal): GoalDraft {
  return {
    personId: gap.personId,
    frameworkId: gap.frameworkId,
    title: goalTitleFromGap(gap.area.name, gap.items),
    itemIds: gap.items.map((item) => item.id),
    owner: 'me',
    status: 'planned',
    actions: [],
    evidenceIds: [],
    order: nextOrder(gap.goals),
    archived: false,
  };
}

/** A goal that still stands for its statements: in the plan (not archived) and not dropped. */
function standsFor(goal: Pick<Goal, 'archived' | 'status'>): boolean {
  return !goal.archived && goal.status !== 'dropped';
}

/** The goals of the plan that address an item (a statement or component). */
export function goalsForItem<T extends Pick<Goal, 'itemIds' | 'archived' | 'status'>>(goals: readonly T[], itemId: string): T[] {
  return goals.filter((goal) => standsFor(goal) && goal.itemIds.includes(itemId));
}

/**
 * Of the given items, those no goal of the plan addresses yet: what "Make a goal" may still cover, so
 * a second click never makes the same goal twice.
 */
export function itemsWithoutGoal<T extends { id: string }>(
  goals: readonly Pick<Goal, 'itemIds' | 'archived' | 'status'>[],
  items: readonly T[],
): T[] {
  const covered = new Set(goals.filter(standsFor).flatMap((goal) => goal.itemIds));
  return items.filter((item) => !covered.has(item.id));
}
