/**
 * Reading a career-map track as people look at it: levels in ladder order, a matrix of skill areas
 * by levels, and what changes from one level to another.
 */
import { itemsInArea } from './by-area';
import type { Level, SkillArea, Statement, Track } from './schema';
import { pairByWords } from './statement-diff';

const kindRank = { none: 0, 'individual-contributor': 1, management: 2 } as const;

/**
 * Levels from most junior to most senior, whatever order the file lists them in: by rank, then step
 * (1.1 before 1.2), then parallel rungs of one rank with the individual contributor's first.
 */
export function levelsInOrder(track: Track): Level[] {
  return [...track.levels].sort(
    (a, b) => a.order - b.order || (a.step ?? 0) - (b.step ?? 0) || kindRank[a.kind ?? 'none'] - kindRank[b.kind ?? 'none'],
  );
}

/** Whether the track has parallel rungs: two levels of one rank on different ladders. */
export function hasParallelLadders(track: Track): boolean {
  return track.levels.some((level, index) => track.levels.some((other, otherIndex) => otherIndex !== index && sameRank(other, level)));
}

/** A level's name as a person reads it: "1.2", "L5 · Senior Engineer". */
export function levelName(level: Level): string {
  return level.label && level.label !== level.id ? `${level.id} · ${level.label}` : level.id;
}

export function findLevel(track: Track, levelId: string): Level | undefined {
  return track.levels.find((level) => level.id === levelId);
}

function sameRank(a: Level, b: Level): boolean {
  return a.order === b.order && (a.step ?? 0) === (b.step ?? 0);
}

/** Whether a step from one level to another stays on its ladder: a level without a kind is on every ladder. */
function onLadderOf(level: Level, other: Level): boolean {
  return !level.kind || !other.kind || level.kind === other.kind;
}

/**
 * The next level up the ladder, skipping levels the source does not have; undefined at the top. Where
 * the track has parallel ladders, the next rung of the level's own ladder comes first; a ladder that
 * ends (the last individual-contributor rung below the management ones) continues to the next rung of
 * any kind, as the seeds' L7 → L8 does.
 */
export function nextLevel(track: Track, levelId: string): Level | undefined {
  const ordered = levelsInOrder(track);
  const index = ordered.findIndex((level) => level.id === levelId);
  const current = ordered[index];
  if (!current) return undefined;
  const above = ordered.slice(index + 1).filter((level) => !sameRank(level, current));
  return above.find((level) => onLadderOf(level, current)) ?? above[0];
}

export function previousLevel(track: Track, levelId: string): Level | undefined {
  const ordered = levelsInOrder(track);
  const index = ordered.findIndex((level) => level.id === levelId);
  const current = ordered[index];
  if (!current) return undefined;
  const below = ordered
    .slice(0, index)
    .filter((level) => !sameRank(level, current))
    .reverse();
  return below.find((level) => onLadderOf(level, current)) ?? below[0];
}

/** The levels one rung above, on every ladder: E4 leads to E5 and to M5. */
export function nextLevels(track: Track, levelId: string): Level[] {
  const next = nextLevel(track, levelId);
  if (!next) return [];
  return levelsInOrder(track).filter((level) => sameRank(level, next));
}

export function statementsInArea(level: Level, areaId: string): readonly Statement[] {
  return itemsInArea(level.statements, areaId);
}

/** A level's examples in one area (illustrations, never rated), in source order. */
export function examplesInArea(level: Level, areaId: string): string[] {
  return level.examples ? itemsInArea(level.examples, areaId).map((example) => example.text) : [];
}

export interface CareerMapRow {
  area: SkillArea;
  /** One cell per level, in ladder order; a cell may hold several statements or none. */
  cells: (readonly Statement[])[];
  /** The examples of each cell, in the same order. */
  examples: string[][];
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
    rows: track.areas.map((area) => ({
      area,
      cells: levels.map((level) => statementsInArea(level, area.id)),
      examples: levels.map((level) => examplesInArea(level, area.id)),
    })),
  };
}

/**
 * How one area differs between two levels:
 * - `new`: the higher level has statements here and the lower has none;
 * - `changed`: both have statements and the higher level rewords, adds or drops some;
 * - `same`: both say exactly the same;
 * - `not-carried`: only the lower level has statements here;
 * - `absent`: neither level says anything about the area.
 */
export type AreaChange = 'new' | 'changed' | 'same' | 'not-carried' | 'absent';

/**
 * How one statement of the higher level relates to the lower level: the very same words, a rewording
 * of a statement of the same area there, or new.
 */
export type StatementChange = 'same' | 'reworded' | 'new';

export interface DeltaStatement {
  statement: Statement;
  change: StatementChange;
  /** New or reworded: something the person should read. */
  isNew: boolean;
  /** The lower level's statement this one carries on (the same or reworded); none for a new one. */
  previous?: Statement | undefined;
}

export interface LevelDeltaRow {
  area: SkillArea;
  change: AreaChange;
  from: readonly Statement[];
  /** The higher level's statements, each with how it relates to the lower level. */
  to: DeltaStatement[];
  /** The lower level's statements that no statement of the higher level carries on. */
  dropped: Statement[];
  /** Each level's examples in the area (not rated). */
  fromExamples: string[];
  toExamples: string[];
}

export interface LevelDelta {
  from: Level;
  to: Level;
  rows: LevelDeltaRow[];
  /** How many of the higher level's statements are new or reworded. */
  changedStatementCount: number;
}

function areaChange(from: readonly Statement[], to: DeltaStatement[], dropped: Statement[]): AreaChange {
  if (from.length === 0 && to.length === 0) return 'absent';
  if (from.length === 0) return 'new';
  if (to.length === 0) return 'not-carried';
  return to.some((entry) => entry.isNew) || dropped.length > 0 ? 'changed' : 'same';
}

function namesDiffer(a: Statement, b: Statement): boolean {
  return a.skillName !== undefined && b.skillName !== undefined && a.skillName !== b.skillName;
}

/**
 * Pairs the higher level's statements of one area with the lower level's they carry on: the same
 * text first, then the same skill name, then the most alike wording. Where one statement is left on
 * each side, it is a rewording whatever its words: the area says the same thing differently.
 */
function pairStatements(before: readonly Statement[], after: readonly Statement[]): { to: DeltaStatement[]; dropped: Statement[] } {
  const left = new Set(before);
  const previous = new Map<Statement, Statement>();
  const take = (match: (from: Statement, to: Statement) => boolean) => {
    for (const statement of after) {
      if (previous.has(statement)) continue;
      const found = [...left].find((candidate) => match(candidate, statement));
      if (found) {
        previous.set(statement, found);
        left.delete(found);
      }
    }
  };
  take((from, to) => from.text === to.text && from.skillName === to.skillName);
  take((from, to) => from.text === to.text);
  take((from, to) => from.skillName !== undefined && from.skillName === to.skillName);
  const reworded = pairByWords(
    [...left],
    after.filter((statement) => !previous.has(statement)),
    (statement) => statement.text,
    (from, to) => !namesDiffer(from, to),
  );
  for (const [to, from] of reworded) {
    previous.set(to, from);
    left.delete(from);
  }
  const to = after.map((statement): DeltaStatement => {
    const was = previous.get(statement);
    const change: StatementChange = !was
      ? 'new'
      : was.text === statement.text && was.skillName === statement.skillName
        ? 'same'
        : 'reworded';
    return { statement, change, isNew: change !== 'same', previous: was };
  });
  return { to, dropped: before.filter((statement) => left.has(statement)) };
}

/**
 * What changes from one level to another, area by area. A statement of the higher level is the same
 * as one of the lower level in its area when the words are the same, a rewording when it carries one
 * on in other words (shown word by word, see statement-diff.ts), and new otherwise: these frameworks
 * restate each level in full, so any rewording is a change the person should read.
 */
export function levelDelta(track: Track, fromLevelId: string, toLevelId: string): LevelDelta | undefined {
  const from = findLevel(track, fromLevelId);
  const to = findLevel(track, toLevelId);
  if (!from || !to) return undefined;
  const rows = track.areas.map((area): LevelDeltaRow => {
    const before = statementsInArea(from, area.id);
    const { to: after, dropped } = pairStatements(before, statementsInArea(to, area.id));
    return {
      area,
      change: areaChange(before, after, dropped),
      from: before,
      to: after,
      dropped,
      fromExamples: examplesInArea(from, area.id),
      toExamples: examplesInArea(to, area.id),
    };
  });
  const changedStatementCount = rows.reduce((sum, row) => sum + row.to.filter((entry) => entry.isNew).length, 0);
  return { from, to, rows, changedStatementCount };
}
