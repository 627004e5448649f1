/**
 * Problems found row by row, told once per kind: "column “Category” (E): “Skillz” on 3 rows (lines 4,
 * 5 and 9)…" rather than one line per row, so a wrong column is one message with a count.
 */
import type { ImportProblem } from './import-result';

/** Where a row is: a line of a text file, or a row of a workbook's sheet. */
export interface RowPlace {
  line?: number | undefined;
  row?: number | undefined;
  sheet?: string | undefined;
}

interface Group {
  describe: (summary: string) => string;
  places: RowPlace[];
  values: Map<string, number>;
}

const listed = 5;

function numberOf(place: RowPlace): number {
  return place.line ?? place.row ?? 0;
}

/** "lines 4, 9 and 12", "rows 2–561": the places, the first few named, runs joined. */
export function describePlaces(places: readonly RowPlace[]): string {
  const word = places[0]?.line !== undefined ? 'line' : 'row';
  const numbers = [...new Set(places.map(numberOf))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const number of numbers) {
    const last = runs.at(-1);
    if (last && number === last[1] + 1) last[1] = number;
    else runs.push([number, number]);
  }
  const shownRuns = runs.slice(0, listed);
  const shown = shownRuns.map(([from, to]) => (to === from ? `${from}` : to === from + 1 ? `${from}, ${to}` : `${from}–${to}`)).join(', ');
  const hidden = numbers.length - shownRuns.reduce((sum, [from, to]) => sum + to - from + 1, 0);
  const more = hidden > 0 ? ` and ${hidden} more` : '';
  return `${word}${numbers.length === 1 ? '' : 's'} ${shown}${more}`;
}

export function rowCount(count: number): string {
  return `${count} row${count === 1 ? '' : 's'}`;
}

export interface ProblemTally {
  /**
   * One row's problem. Problems with the same key are told together; `value` is the cell quoted, and
   * `describe` turns "“Skillz” (3 rows), “Misc” (1 row)" or "on 3 rows (lines 4–6)" into the message.
   */
  add(key: string, place: RowPlace, describe: (summary: string) => string, value?: string): void;
  problems(): ImportProblem[];
  readonly size: number;
}

export function createProblemTally(): ProblemTally {
  const groups = new Map<string, Group>();
  return {
    add(key, place, describe, value) {
      let group = groups.get(key);
      if (!group) {
        group = { describe, places: [], values: new Map() };
        groups.set(key, group);
      }
      group.places.push(place);
      if (value !== undefined) group.values.set(value, (group.values.get(value) ?? 0) + 1);
    },
    problems() {
      return [...groups.values()].map((group) => {
        const first = group.places[0] ?? {};
        const count = group.places.length;
        const where = count === 1 ? '' : ` (${describePlaces(group.places)})`;
        let summary: string;
        if (group.values.size > 0) {
          const values = [...group.values.entries()];
          const shown = values.slice(0, 4).map(([value, times]) => `“${value}”${values.length === 1 ? '' : ` (${rowCount(times)})`}`);
          const others = values.length - shown.length;
          summary = `${shown.join(', ')}${others > 0 ? ` and ${others} other value${others === 1 ? '' : 's'}` : ''}${count === 1 ? '' : ` on ${rowCount(count)}${where}`}`;
        } else {
          summary = count === 1 ? '' : `on ${rowCount(count)}${where}`;
        }
        return { line: first.line, row: first.row, sheet: first.sheet, message: group.describe(summary) };
      });
    },
    get size() {
      return groups.size;
    },
  };
}
