/**
 * What there is to rate for a mapping: a level's statements on a career map (all of them, or only
 * those that change from the level below), or a role card's components.
 */
import { levelDelta, previousLevel } from '../../../shared/framework/career-map';
import type { GapArea } from '../../../shared/gap/area-gap';
import { roleCardAreas, roleCardItems } from '../../../shared/gap/role-card-gap';
import type { MappedTo } from '../../../shared/workspace/mapping';
import type { RateItem } from './rating-row';

export interface RateList {
  areas: GapArea[];
  items: RateItem[];
}

export function rateList(mapping: MappedTo, levelId: string | undefined, onlyChanges: boolean): RateList {
  if (mapping.kind === 'role-card') return { areas: roleCardAreas(mapping.framework), items: roleCardItems(mapping.framework) };
  const { track } = mapping;
  const level = track.levels.find((candidate) => candidate.id === levelId);
  if (!level) return { areas: track.areas, items: [] };
  let statements = level.statements;
  const below = previousLevel(track, level.id);
  if (onlyChanges && below) {
    const delta = levelDelta(track, below.id, level.id);
    const changed = new Set(delta?.rows.flatMap((row) => row.to.filter((entry) => entry.isNew).map((entry) => entry.statement.id)));
    statements = statements.filter((statement) => changed.has(statement.id));
  }
  return {
    areas: track.areas,
    items: statements.map((statement) => ({
      id: statement.id,
      areaId: statement.areaId,
      text: statement.text,
      skillName: statement.skillName,
    })),
  };
}
