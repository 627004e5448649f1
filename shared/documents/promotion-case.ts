/**
 * The promotion case: every statement of the target level with what changed from the current level,
 * the rating and its note, the dated evidence with its links, and the goals working on it; a summary
 * by area; and the checklist of statements with no evidence yet.
 */
import { levelDelta } from '../framework/career-map';
import type { MappedItem } from '../workspace/mapping-items';
import { itemText, levelItems } from '../workspace/mapping-items';
import { evidenceTitle } from '../workspace/evidence-filter';
import { byOrder } from '../workspace/growth-plan';
import { displayName, goalStatusLabels, ratingLabel } from '../workspace/labels';
import type { Evidence, Goal, Rating } from '../workspace/schema';
import type { PromotionArea, PromotionCaseContent, PromotionGoal, PromotionStatement } from './document-content';
import {
  areaFigures,
  frameworkLine,
  headline,
  levelsLine,
  measuredTarget,
  metaFor,
  writtenText,
  type DocumentContext,
} from './document-context';

export interface PromotionCaseInput {
  /** The person's ratings with their notes. */
  ratings: ReadonlyMap<string, Rating>;
  evidence: readonly Evidence[];
  goals: readonly Goal[];
}

/** The statements of the target level (or the card's components); none at the top of the ladder. */
function targetItems(context: DocumentContext) {
  const { mapping } = context;
  if (mapping.kind === 'career-map' && !mapping.targetLevel) return { areas: mapping.track.areas, items: [] };
  return levelItems(mapping, mapping.kind === 'career-map' ? mapping.targetLevel?.id : undefined, false);
}

/** Which statements of the target level are new or reworded since the current level. */
function changedSinceCurrent(context: DocumentContext): ReadonlySet<string> | undefined {
  const { mapping } = context;
  if (mapping.kind !== 'career-map' || !mapping.currentLevel || !mapping.targetLevel) return undefined;
  const delta = levelDelta(mapping.track, mapping.currentLevel.id, mapping.targetLevel.id);
  return new Set(delta?.rows.flatMap((row) => row.to.filter((entry) => entry.isNew).map((entry) => entry.statement.id)));
}

export function promotionCaseContent(context: DocumentContext, input: PromotionCaseInput): PromotionCaseContent {
  const name = displayName(context.person);
  const { label, gap } = measuredTarget(context);
  const { areas, items } = targetItems(context);
  const changed = changedSinceCurrent(context);
  const current = context.mapping.kind === 'career-map' ? context.mapping.currentLevel?.id : undefined;
  // Oldest first: a case reads as the story of the last months.
  const evidence = input.evidence
    .filter((entry) => entry.frameworkId === context.mapping.framework.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const goals = input.goals.filter((goal) => !goal.archived).sort(byOrder);
  // Looked up by statement: a level of 1,000 statements with hundreds of entries stays quick.
  const evidenceByItem = new Map<string, Evidence[]>();
  for (const entry of evidence)
    for (const itemId of entry.itemIds) evidenceByItem.set(itemId, [...(evidenceByItem.get(itemId) ?? []), entry]);

  const statement = (item: MappedItem): PromotionStatement => {
    const rating = input.ratings.get(item.id);
    return {
      text: itemText(item),
      change: changed ? (changed.has(item.id) ? `New or reworded at ${label}` : `Also at ${current ?? 'the current level'}`) : undefined,
      rating: ratingLabel(rating?.value),
      note: rating?.note?.trim() || undefined,
      evidence: (evidenceByItem.get(item.id) ?? []).map((entry) => ({
        date: context.formatDate(entry.date),
        title: evidenceTitle(entry),
        text: entry.title?.trim() ? entry.text : entry.text.split('\n').slice(1).join('\n').trim(),
        link: entry.link?.trim() || undefined,
      })),
      goals: goals.filter((goal) => goal.itemIds.includes(item.id)).map((goal) => `${goal.title} (${goalStatusLabels[goal.status]})`),
    };
  };

  const figures = new Map(areaFigures(gap).map((figure) => [figure.name, figure]));
  const byArea: PromotionArea[] = areas
    .map((area) => {
      const statements = items.filter((item) => item.areaId === area.id).map(statement);
      return {
        name: area.name,
        percent: figures.get(area.name)?.percent ?? null,
        withEvidence: statements.filter((entry) => entry.evidence.length > 0).length,
        statements,
      };
    })
    .filter((area) => area.statements.length > 0);

  // Each goal once, where a reader looks for what is being done about the level: its description and
  // criteria would repeat under every statement it addresses.
  const targetIds = new Set(items.map((item) => item.id));
  const related: PromotionGoal[] = goals.flatMap((goal) => {
    const statementCount = goal.itemIds.filter((id) => targetIds.has(id)).length;
    if (statementCount === 0) return [];
    const facts = [
      goalStatusLabels[goal.status],
      goal.dueDate ? `due ${context.formatDate(goal.dueDate)}` : undefined,
      `addresses ${statementCount === 1 ? '1 statement' : `${statementCount} statements`} of ${label}`,
    ];
    return [
      {
        title: goal.title,
        facts: facts.filter(Boolean).join(' · '),
        description: writtenText(goal.description),
        successCriteria: writtenText(goal.successCriteria),
      },
    ];
  });

  return {
    kind: 'promotion-case',
    meta: metaFor(context, `Promotion case — ${name}`),
    person: name,
    framework: frameworkLine(context.mapping),
    levels: levelsLine(context.mapping),
    target: label,
    headline: headline(label, gap),
    ratingsBasis: context.ratingsBasis,
    areas: byArea,
    goals: related,
    withoutEvidence: byArea.flatMap((area) =>
      area.statements.filter((entry) => entry.evidence.length === 0).map((entry) => ({ area: area.name, text: entry.text })),
    ),
  };
}
