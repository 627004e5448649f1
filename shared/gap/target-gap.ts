/**
 * Measuring a mapped person against their target, in one place: the gap screen, the progress panel,
 * the history, the snapshots and the documents all call these, so they cannot disagree.
 *
 * The target is the target level of a career map (the one chosen, else the next above the current
 * one; none at the top of the ladder), or the whole role card measured against the person's expected
 * proficiency.
 */
import type { Person } from '../workspace/schema';
import type { MappedTo } from '../workspace/mapping';
import { itemText, levelItems, type MappedItem } from '../workspace/mapping-items';
import { gapList, type GapListArea, type GapSummary, type RatingLookup } from './area-gap';
import { levelGap } from './career-map-gap';
import { roleCardGap } from './role-card-gap';

type Measured = Pick<Person, 'expectedProficiency'>;

/** What the figures are measured against, in words: "L5", the card's code, or "the top level". */
export function targetLabel(mapping: MappedTo): string {
  if (mapping.kind === 'role-card') return mapping.framework.code;
  return mapping.targetLevel?.id ?? 'the top level';
}

/** The target level's id on a career map; undefined for a role card and at the top of the ladder. */
export function targetLevelId(mapping: MappedTo): string | undefined {
  return mapping.kind === 'career-map' ? mapping.targetLevel?.id : undefined;
}

/** How much of the target the ratings meet, overall and by area; undefined when there is no level above. */
export function targetGap(mapping: MappedTo, person: Measured, ratings: RatingLookup): GapSummary | undefined {
  if (mapping.kind === 'role-card') return roleCardGap(mapping.framework, ratings, person.expectedProficiency);
  return mapping.targetLevel ? levelGap(mapping.track, mapping.targetLevel.id, ratings) : undefined;
}

/**
 * What is left of the target, by area, the biggest gap first; each item's text carries its skill name,
 * as the list shows it.
 */
export function targetGapList(mapping: MappedTo, person: Measured, ratings: RatingLookup): GapListArea<MappedItem>[] {
  const levelId = targetLevelId(mapping);
  if (mapping.kind === 'career-map' && !levelId) return [];
  const { areas, items } = levelItems(mapping, levelId, false);
  const expectation = mapping.kind === 'role-card' ? person.expectedProficiency : undefined;
  return gapList(
    areas,
    items.map((item) => ({ ...item, text: itemText(item) })),
    ratings,
    expectation,
  );
}
