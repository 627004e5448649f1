/**
 * Reading a career-map track as people look at it: levels in ladder order, a matrix of skill areas
 * by levels, and what changes from one level to another.
 */
import { itemsInArea } from './by-area';
import type { Level, SkillArea, Statement, Track } from './schema';

/** Levels from most junior to most senior, whatever order the file lists them in. */
export function levelsInOrder(track: Track): Level[] {
  return [...track.levels].sort((a, b) => a.order - b.order);
}

export function findLevel(track: Track, levelId: string): Level | undefined {
  return track.levels.find((level) => level.id === levelId);
}

/** The next level up the ladder, skipping levels the source does not have; undefined at the top. */
export function nextLevel(track: Track, levelId: string): Level | undefined {
  const ordered = levelsInOrder(track);
  const index = ordered.findIndex((level) => level.id === levelId);
  return index >= 0 ? ordered[index + 1] : undefined;
}

export function previousLevel(track: Track, levelId: string): Level | undefined {
  const ordered = levelsInOrder(track);
  const index = ordered.findIndex((level) => level.id === levelId);
  return index > 0 ? ordered[index - 1] : undefined;
}

export function statementsInArea(level: Level, areaId: string): readonly Statement[] {
  return itemsInArea(level.statements, areaId);
}

export interface CareerMapRow {
  area: SkillArea;
  /** One cell per level, in ladder order; a cell may hold several statements or none. */
  cells: (readonly Statement[])[];
}

export interface CareerMapMatrix {
  levels: Level[];
  rows: CareerMapRow[];
}

/** Rows are the track's areas in their given order; columns are levels in ladder order. */
export function careerMapMatrix(track: Track): CareerMapMatrix {
  const levels = levelsInOrder(track);
  return {
    levels,
    rows: track.areas.map((area) => ({ area, cells: levels.map((level) => statementsInArea(level, area.id)) })),
  };
}

/**
 * How one area differs between two levels:
 * - `new`: the higher level has statements here and the lower has none;
 * - `changed`: both have statements and the higher level's text differs;
 * - `same`: both say exactly the same;
 * - `not-carried`: only the lower level has statements here;
 * - `absent`: neither level says anything about the area.
 */
export type AreaChange = 'new' | 'changed' | 'same' | 'not-carried' | 'absent';

export interface LevelDeltaRow {
  area: SkillArea;
  change: AreaChange;
  from: readonly Statement[];
  /** The higher level's statements, each marked with whether its text is new relative to the lower level. */
  to: { statement: Statement; isNew: boolean }[];
}

export interface LevelDelta {
  from: Level;
  to: Level;
  rows: LevelDeltaRow[];
  /** How many of the higher level's statements are new or reworded. */
  changedStatementCount: number;
}

function areaChange(from: readonly Statement[], to: { isNew: boolean }[]): AreaChange {
  if (from.length === 0 && to.length === 0) return 'absent';
  if (from.length === 0) return 'new';
  if (to.length === 0) return 'not-carried';
  return to.some((entry) => entry.isNew) || to.length !== from.length ? 'changed' : 'same';
}

/**
 * What changes from one level to another, area by area. A statement counts as new unless the lower
 * level has the very same text in the same area: these frameworks restate each level in full, so
 * any rewording is a change the person should read.
 */
export function levelDelta(track: Track, fromLevelId: string, toLevelId: string): LevelDelta | undefined {
  const from = findLevel(track, fromLevelId);
  const to = findLevel(track, toLevelId);
  if (!from || !to) return undefined;
  const rows = track.areas.map((area): LevelDeltaRow => {
    const before = statementsInArea(from, area.id);
    const beforeTexts = new Set(before.map((statement) => statement.text));
    const after = statementsInArea(to, area.id).map((statement) => ({ statement, isNew: !beforeTexts.has(statement.text) }));
    return { area, change: areaChange(before, after), from: before, to: after };
  });
  const changedStatementCount = rows.reduce((sum, row) => sum + row.to.filter((entry) => entry.isNew).length, 0);
  return { from, to, rows, changedStatementCount };
}
