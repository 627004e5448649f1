/**
 * CSV framework files: the text read into rows (read-csv-table.ts), the rows mapped onto a career map
 * (table-to-career-map.ts). A problem in the CSV itself (an unclosed quote) stops the import with its
 * line; the mapping reports everything else.
 */
import type { ImportResult } from './import-result';
import { readCsvTable } from './read-csv-table';
import { tableToCareerMap } from './table-to-career-map';

export function parseCsvFramework(text: string, fileName: string, onRow?: (offset: number) => void): ImportResult {
  const { rows, problems } = readCsvTable(text, onRow);
  const result = tableToCareerMap(rows, fileName);
  if (problems.length === 0) return result;
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)], columns: result.columns };
}
