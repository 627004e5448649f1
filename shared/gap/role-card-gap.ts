/**
 * Gaps on a role card: components grouped by type, measured against the person's expected proficiency.
 */
import type { ComponentType, RoleCard } from '../framework/schema';
import type { Proficiency } from '../workspace/schema';
import { gapByArea, type GapArea, type GapItem, type GapSummary, type RatingLookup } from './area-gap';

export const componentTypeNames: Record<ComponentType, string> = {
  responsibility: 'Responsibilities',
  task: 'Tasks',
  skill: 'Skills',
  knowledge: 'Knowledge',
  competency: 'Competencies',
  qualification: 'Qualifications',
};

/** The card's component types as gap areas, in the card's order, only those it has. */
export function roleCardAreas(card: RoleCard): GapArea[] {
  const types = [...new Set(card.components.map((component) => component.type))];
  return types.map((type) => ({ id: type, name: componentTypeNames[type] }));
}

export function roleCardItems(card: RoleCard): (GapItem & { text: string })[] {
  return card.components.map((component) => ({ id: component.id, areaId: component.type, text: component.text }));
}

export function roleCardGap(card: RoleCard, ratings: RatingLookup, expectation: Proficiency): GapSummary {
  return gapByArea(roleCardAreas(card), roleCardItems(card), ratings, expectation);
}
