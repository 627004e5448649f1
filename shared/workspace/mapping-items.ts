/**
 * What there is to rate in a mapping — a career map's statements or a role card's components — as
 * items with their area, and the one way an item's text is written out.
 */
import { levelDelta, previousLevel } from '../framework/career-map';
import type { Statement } from '../framework/schema';
import type { GapArea } from '../gap/area-gap';
import { roleCardAreas, roleCardItems } from '../gap/role-card-gap';
import type { MappedTo } from './mapping';

/** One statement or component, as the rating list, the checklists and the gap list show it. */
export interface MappedItem {
  id: string;
  areaId: string;
  text: string;
  skillName?: string | undefined;
  /** The skill area's name (a role card's component type): what tells apart statements worded alike. */
  areaName?: string | undefined;
  /** The career-map level the statement belongs to; role-card components have none. */
  levelId?: string | undefined;
}

export interface ItemList {
  areas: GapArea[];
  items: MappedItem[];
}

/** "Skill: statement" where the source names the skill, else the statement as written. */
export function itemText(item: Pick<MappedItem, 'text' | 'skillName'>): string {
  return item.skillName ? `${item.skillName}: ${item.text}` : item.text;
}

function statementItem(statement: Statement, levelId: string, areaNames: ReadonlyMap<string, string>): MappedItem {
  const { id, areaId, text, skillName } = statement;
  return { id, areaId, text, skillName, areaName: areaNames.get(areaId), levelId };
}

function areaNamesOf(areas: readonly { id: string; name: string }[]): Map<string, string> {
  return new Map(areas.map((area) => [area.id, area.name]));
}

function cardItems(card: Extract<MappedTo, { kind: 'role-card' }>['framework']): MappedItem[] {
  const names = areaNamesOf(roleCardAreas(card));
  return roleCardItems(card).map((item) => ({ ...item, areaName: names.get(item.areaId) }));
}

/** Every statement of every level (or every component of the card), for naming what a record is about. */
export function mappingItems(mapping: MappedTo): MappedItem[] {
  if (mapping.kind === 'role-card') return cardItems(mapping.framework);
  const names = areaNamesOf(mapping.track.areas);
  return mapping.track.levels.flatMap((level) => level.statements.map((statement) => statementItem(statement, level.id, names)));
}

/** Every item's text by id, with its skill name in front where it has one. */
export function itemTexts(mapping: MappedTo): Map<string, string> {
  return new Map(mappingItems(mapping).map((item) => [item.id, itemText(item)]));
}

/** Every item's area name by id: what a goal's row says it is about. */
export function itemAreaNames(mapping: MappedTo): Map<string, string> {
  return new Map(mappingItems(mapping).flatMap((item) => (item.areaName === undefined ? [] : [[item.id, item.areaName] as const])));
}

/**
 * What there is to rate at one level of a career map — all its statements, or only those new or
 * worded differently from the level below — or a role card's components.
 */
export function levelItems(mapping: MappedTo, levelId: string | undefined, onlyChanges: boolean): ItemList {
  if (mapping.kind === 'role-card') return { areas: roleCardAreas(mapping.framework), items: cardItems(mapping.framework) };
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
  const names = areaNamesOf(track.areas);
  return { areas: track.areas, items: statements.map((statement) => statementItem(statement, level.id, names)) };
}
