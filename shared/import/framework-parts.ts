/**
 * A framework in pieces, to hand it from a worker to the window: the framework without its statements,
 * then its statements a few thousand at a time. Each piece is its own message, so the window copies in
 * a piece at a time between other work instead of one copy of tens of thousands of statements, which
 * froze it. Joining the pieces gives back the framework exactly (same statements, same order, same text).
 */
import type { Framework, Statement } from '../framework/schema';

/** Statements of one level, in order, from `start`. */
export interface FrameworkPart {
  track: number;
  level: number;
  start: number;
  statements: Statement[];
}

export interface FrameworkPieces {
  /** The framework with every level's statements left out (counted in `statementCounts`). */
  head: Framework;
  /** For a career map: how many statements each level holds, by track then level. */
  statementCounts: number[][];
  parts: FrameworkPart[];
}

/** About 50 ms of copying on a slow machine for typical statements. */
export const statementsPerPart = 2000;

export function splitFramework(framework: Framework, perPart = statementsPerPart): FrameworkPieces {
  if (framework.kind !== 'career-map') return { head: framework, statementCounts: [], parts: [] };
  const parts: FrameworkPart[] = [];
  framework.tracks.forEach((track, trackIndex) =>
    track.levels.forEach((level, levelIndex) => {
      for (let start = 0; start < level.statements.length; start += perPart) {
        parts.push({ track: trackIndex, level: levelIndex, start, statements: level.statements.slice(start, start + perPart) });
      }
    }),
  );
  return {
    head: {
      ...framework,
      tracks: framework.tracks.map((track) => ({ ...track, levels: track.levels.map((level) => ({ ...level, statements: [] })) })),
    },
    statementCounts: framework.tracks.map((track) => track.levels.map((level) => level.statements.length)),
    parts,
  };
}

/**
 * The framework the pieces came from. Refuses pieces that do not fit together (a missing, extra or
 * misplaced piece), so a framework is never put together with statements lost or out of place.
 */
export function joinFramework(pieces: FrameworkPieces): Framework {
  const { head, statementCounts, parts } = pieces;
  if (head.kind !== 'career-map') {
    if (parts.length > 0) throw new Error('a role card has no statement pieces');
    return head;
  }
  const levels = head.tracks.map((track) => track.levels.map((): Statement[] => []));
  for (const part of parts) {
    const into = levels[part.track]?.[part.level];
    if (!into || into.length !== part.start) throw new Error(`a piece of track ${part.track + 1}, level ${part.level + 1} is out of place`);
    for (const statement of part.statements) into.push(statement);
  }
  const tracks = head.tracks.map((track, trackIndex) => ({
    ...track,
    levels: track.levels.map((level, levelIndex) => {
      const statements = levels[trackIndex]?.[levelIndex] ?? [];
      if (statements.length !== statementCounts[trackIndex]?.[levelIndex])
        throw new Error(
          `track ${trackIndex + 1}, level ${levelIndex + 1} came with ${statements.length} statements, not ${statementCounts[trackIndex]?.[levelIndex] ?? 0}`,
        );
      return { ...level, statements };
    }),
  }));
  return { ...head, tracks };
}
