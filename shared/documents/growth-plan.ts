/**
 * The growth plan: where the person stands against the target, the goals and actions that close the
 * gap, and the evidence so far.
 */
import { isOverdue } from '../workspace/growth-plan';
import { displayName, goalStatusLabels, ownerLabel } from '../workspace/labels';
import { itemTexts } from '../workspace/mapping-items';
import type { Evidence, Goal } from '../workspace/schema';
import type { EvidenceLine, GoalBlock, GrowthPlanContent } from './document-content';
import {
  actionLine,
  areaFigures,
  frameworkLine,
  headline,
  levelsLine,
  metaFor,
  measuredTarget,
  writtenText,
  type DocumentContext,
} from './document-context';

/** How many recent evidence entries the plan lists. */
export const evidenceHighlightCount = 6;

export function growthPlanContent(context: DocumentContext, goals: readonly Goal[], evidence: readonly Evidence[]): GrowthPlanContent {
  const name = displayName(context.person);
  const texts = itemTexts(context.mapping);
  const { label, gap } = measuredTarget(context);
  const evidenceById = new Map(evidence.map((entry) => [entry.id, entry]));
  const date = (iso: string | undefined) => (iso ? context.formatDate(iso) : undefined);

  const blocks = goals
    .filter((goal) => !goal.archived)
    .sort((a, b) => a.order - b.order)
    .map((goal): GoalBlock => ({
      title: goal.title,
      description: writtenText(goal.description),
      successCriteria: writtenText(goal.successCriteria),
      owner: ownerLabel(goal.owner, name),
      status: goalStatusLabels[goal.status],
      due: date(goal.dueDate),
      overdue: isOverdue(goal, context.today),
      statements: goal.itemIds.map((itemId) => texts.get(itemId) ?? itemId),
      actions: goal.actions.map((action) => actionLine(context, action)),
      evidence: goal.evidenceIds.flatMap((evidenceId) => {
        const entry = evidenceById.get(evidenceId);
        return entry ? [{ date: context.formatDate(entry.date), text: entry.text }] : [];
      }),
    }));

  const highlights: EvidenceLine[] = [...evidence]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, evidenceHighlightCount)
    .map((entry) => ({
      date: context.formatDate(entry.date),
      text: entry.text,
      supports: entry.itemIds.map((itemId) => texts.get(itemId) ?? itemId),
    }));

  return {
    kind: 'growth-plan',
    meta: metaFor(context, `Growth plan — ${name}`),
    person: name,
    framework: frameworkLine(context.mapping),
    levels: levelsLine(context.mapping),
    headline: headline(label, gap),
    ratingsBasis: context.ratingsBasis,
    areas: areaFigures(gap),
    goals: blocks,
    evidence: highlights,
  };
}
