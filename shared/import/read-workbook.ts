/**
 * Excel (.xlsx) and OpenDocument (.ods) workbooks into rows of cells, read with SheetJS (the
 * @e965/xlsx republication of SheetJS CE 0.20.3, which has the fixes the npm `xlsx` 0.18.5 lacks).
 * A cell's text is what the spreadsheet shows (a number formatted as shown, a formula's last value);
 * each row keeps its row number and sheet so problems point at the right place.
 */
import { read, utils, type WorkBook } from '@e965/xlsx';
import { matchHeaders, requiredCsvColumns } from './csv-columns';
import type { ImportProblem } from './import-result';
import type { TableRow } from './read-csv-table';

export interface WorkbookTable {
  sheets: string[];
  /** The sheet read: the one asked for, else the first whose header row names Waymark's columns, else the first that is not empty. */
  sheet: string;
  rows: TableRow[];
  problems: ImportProblem[];
}

function cellText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function rowsOf(workbook: WorkBook, name: string): TableRow[] {
  const sheet = workbook.Sheets[name];
  if (!sheet?.['!ref']) return [];
  const start = utils.decode_range(sheet['!ref']).s.r;
  const grid = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
  const rows: TableRow[] = [];
  grid.forEach((cells, index) => {
    const texts = cells.map(cellText);
    if (texts.some(Boolean)) rows.push({ row: start + index + 1, sheet: name, cells: texts });
  });
  return rows;
}

function namesRequiredColumns(headers: readonly string[]): boolean {
  const { columns } = matchHeaders(headers);
  return requiredCsvColumns.every((column) => columns[column] !== undefined);
}

export function readWorkbookTable(bytes: Uint8Array, chosenSheet?: string): WorkbookTable {
  let workbook: WorkBook;
  try {
    workbook = read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellStyles: false, cellDates: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      sheets: [],
      sheet: '',
      rows: [],
      problems: [
        { message: `the workbook could not be read (${reason}); open it in your spreadsheet program and save it again as .xlsx or .ods` },
      ],
    };
  }
  const sheets = workbook.SheetNames;
  if (chosenSheet !== undefined && sheets.includes(chosenSheet))
    return { sheets, sheet: chosenSheet, rows: rowsOf(workbook, chosenSheet), problems: [] };
  // A workbook often opens with a sheet of notes: the ladder is the first sheet with the columns Waymark reads.
  const filled = sheets.map((name) => ({ name, rows: rowsOf(workbook, name) })).filter((sheet) => sheet.rows.length > 0);
  const ladder = filled.find((sheet) => namesRequiredColumns(sheet.rows[0]?.cells ?? [])) ?? filled[0];
  if (ladder) return { sheets, sheet: ladder.name, rows: ladder.rows, problems: [] };
  return {
    sheets,
    sheet: sheets[0] ?? '',
    rows: [],
    problems: [{ message: 'every sheet of the workbook is empty; expected a header row, then one row per statement' }],
  };
}
