/**
 * What an import says back: a framework with notices, or every problem at once, each with where it is
 * (a line and column, a sheet's row, or a path inside the data) and what was expected. Problems that
 * repeat on many rows are one problem with a count, not one per row.
 */
import type { Framework } from '../framework/schema';

export interface ImportProblem {
  /** 1-based line of the file, where the format has lines to point at. */
  line?: number | undefined;
  column?: number | undefined;
  /** 1-based row of a workbook's sheet, and the sheet's name. */
  row?: number | undefined;
  sheet?: string | undefined;
  /** Where inside the data, as in "tracks[0].levels[2].id", when no line is known. */
  path?: string | undefined;
  message: string;
}

/** Which column of a spreadsheet fills which field, for the preview ("Statement" (column G) → statement). */
export interface ColumnUse {
  field: string;
  column: string;
}

export type ImportResult =
  | { ok: true; framework: Framework; notices: string[]; columns?: ColumnUse[] | undefined }
  | { ok: false; problems: ImportProblem[]; columns?: ColumnUse[] | undefined };

/** "plan.csv, line 14: level 'L3' is missing a statement" */
export function describeProblem(fileName: string, problem: ImportProblem): string {
  const line = problem.line ? `line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}` : '';
  const row = problem.row ? `${problem.sheet ? `sheet “${problem.sheet}”, ` : ''}row ${problem.row}` : '';
  const position = line || row;
  const place = position && problem.path ? `${position} (${problem.path})` : position || problem.path || '';
  return `${fileName}${place ? `, ${place}` : ''}: ${problem.message}`;
}
