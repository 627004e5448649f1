/**
 * What the "Next level" view shows for a mapped person: area by area, every statement of the target
 * level with how it changes from the level they are at (the same, reworded, new), and what the lower
 * level says that the target no longer does. A role card has no levels: its components are listed by
 * type, with nothing to compare.
 */
import { findLevel, levelDelta, previousLevel, type DeltaStatement } from '../framework/career-map';
import type { Level, Statement } from '../framework/schema';
import type { GapArea } from '../gap/area-gap';
import type { MappedTo } from './mapping';
import { levelItems, type MappedItem } from './mapping-items';

export interface NextLevelEntry {
  item: MappedItem;
  /** How the statement relates to the level below; none on a role card or at the first rung. */
  change?: DeltaStatement | undefined;
}

export interface NextLevelArea {
  area: GapArea;
  entries: NextLevelEntry[];
  /** Statements of the lower level in this area that the target level no longer carries on. */
  dropped: Statement[];
}

export interface NextLevelView {
  /** The level compared against: the current level, or the one below the target when none is set. */
  from?: Level | undefined;
  to?: Level | undefined;
  areas: NextLevelArea[];
}

/** The level a target is compared with: the person's current level when it is below the target, else the rung below. */
function comparedLevel(mapping: Extract<MappedTo, { kind: 'career-map' }>, target: Level): Level | undefined {
  const current = mapping.currentLevel;
  if (current && current.order < target.order && findLevel(mapping.track, current.id)) return current;
  return previousLevel(mapping.track, target.id);
}

export function nextLevelView(mapping: MappedTo): NextLevelView {
  if (mapping.kind === 'role-card') {
    const { areas, items } = levelItems(mapping, undefined, false);
    return {
      areas: areas.flatMap((area) => {
        const entries = items.filter((item) => item.areaId === area.id).map((item) => ({ item }));
        return entries.length > 0 ? [{ area, entries, dropped: [] }] : [];
      }),
    };
  }
  const target = mapping.targetLevel;
  if (!target) return { areas: [] };
  const from = comparedLevel(mapping, target);
  const { items } = levelItems(mapping, target.id, false);
  const delta = from ? levelDelta(mapping.track, from.id, target.id) : undefined;
  const changes = new Map(delta?.rows.flatMap((row) => row.to.map((entry) => [entry.statement.id, entry] as const)));
  const areas = mapping.track.areas.flatMap((area): NextLevelArea[] => {
    const entries = items.filter((item) => item.areaId === area.id).map((item) => ({ item, change: changes.get(item.id) }));
    const dropped = delta?.rows.find((row) => row.area.id === area.id)?.dropped ?? [];
    return entries.length > 0 || dropped.length > 0 ? [{ area, entries, dropped }] : [];
  });
  return { from, to: target, areas };
}
