/**
 * What an import says back: a framework with notices, or every problem at once, each with where it is
 * (a line and column, or a path inside the data) and what was expected.
 */
import type { Framework } from '../framework/schema';

export interface ImportProblem {
  /** 1-based line of the file, where the format has lines to point at. */
  line?: number | undefined;
  column?: number | undefined;
  /** Where inside the data, as in "tracks[0].levels[2].id", when no line is known. */
  path?: string | undefined;
  message: string;
}

export type ImportResult = { ok: true; framework: Framework; notices: string[] } | { ok: false; problems: ImportProblem[] };

/** "plan.csv, line 14: level 'L3' is missing a statement" */
export function describeProblem(fileName: string, problem: ImportProblem): string {
  const line = problem.line ? `line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}` : '';
  const place = line && problem.path ? `${line} (${problem.path})` : line || problem.path || '';
  return `${fileName}${place ? `, ${place}` : ''}: ${problem.message}`;
}
