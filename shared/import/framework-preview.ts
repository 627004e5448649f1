/**
 * What the import preview needs of a framework read from a file: the framework with only the first
 * statements of each level, and how many each level holds. The preview shows no more, so the window
 * is not handed tens of thousands of statements before the person has decided to import them.
 */
import type { Framework } from '../framework/schema';
import { splitFramework } from './framework-parts';

/** How many statements the preview shows of each level; the rest are counted. */
export const statementsShownPerLevel = 3;

export interface FrameworkPreview {
  /** The framework, each level holding only its first statements. */
  framework: Framework;
  /** How many statements each level holds, by track then level (as in `framework.tracks`). */
  statementCounts: number[][];
}

export function previewOf(framework: Framework): FrameworkPreview {
  const { head, statementCounts } = splitFramework(framework);
  if (head.kind !== 'career-map' || framework.kind !== 'career-map') return { framework: head, statementCounts };
  const tracks = head.tracks.map((track, trackIndex) => ({
    ...track,
    levels: track.levels.map((level, levelIndex) => ({
      ...level,
      statements: framework.tracks[trackIndex]?.levels[levelIndex]?.statements.slice(0, statementsShownPerLevel) ?? [],
    })),
  }));
  return { framework: { ...head, tracks }, statementCounts };
}
