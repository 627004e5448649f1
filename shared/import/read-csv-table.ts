/**
 * CSV text into rows of cells, each row with the line it starts on, as spreadsheet programs really
 * write CSV: CRLF, LF or CR-only line ends (Excel for Mac's "CSV (Macintosh)"), quoted cells holding
 * separators, quotes and line breaks, a comma, semicolon or tab between cells, and Excel's `sep=;`
 * first line naming the separator. Papa Parse reads the cells.
 */
import Papa from 'papaparse';
import type { ImportProblem } from './import-result';

export interface TableRow {
  /** Where the row starts: a line of a text file, or a row of a workbook's sheet. */
  line?: number | undefined;
  row?: number | undefined;
  sheet?: string | undefined;
  cells: string[];
}

export interface Table {
  rows: TableRow[];
  problems: ImportProblem[];
}

/** Offsets where each line starts, counting CRLF, LF and a lone CR each as one line end. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 10) starts.push(index + 1);
    else if (char === 13 && text.charCodeAt(index + 1) !== 10) starts.push(index + 1);
  }
  return starts;
}

function lineFinder(starts: readonly number[]): (offset: number) => number {
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * What ends a row: LF, whether a CR comes before it or not, so a file of CRLF rows with a row added by
 * an editor that writes LF alone is read row by row (Papa Parse would pick one kind from the start of
 * the file and read the other as part of a cell, joining two rows into one); the CR left at the end of
 * a row's last cell is trimmed off with the other spaces. CR where more lines end in CR alone than in
 * LF alone (Excel for Mac's "CSV (Macintosh)", whose cells may hold LF line breaks).
 */
function rowEnd(text: string): '\n' | '\r' {
  let lineFeedsAlone = 0;
  let carriageReturnsAlone = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 10 && text.charCodeAt(index - 1) !== 13) lineFeedsAlone += 1;
    else if (char === 13 && text.charCodeAt(index + 1) !== 10) carriageReturnsAlone += 1;
  }
  return carriageReturnsAlone > lineFeedsAlone ? '\r' : '\n';
}

const sepLine = /^sep=(.)\r?\n?|^sep=(.)\r/i;

export function readCsvTable(text: string, onRow?: (offset: number) => void): Table {
  const full = text.replace(/^\uFEFF/, '');
  const sep = sepLine.exec(full);
  const delimiter = sep ? (sep[1] ?? sep[2]) : undefined;
  // The sep= line is the file's first line: the rows after it keep their real line numbers.
  const skipped = sep ? sep[0].length : 0;
  const body = full.slice(skipped);
  const lineAt = lineFinder(lineStartsOf(full));
  const rows: TableRow[] = [];
  const problems: ImportProblem[] = [];
  let cursor = 0;
  Papa.parse<string[]>(body, {
    ...(delimiter ? { delimiter } : { delimitersToGuess: [',', ';', '\t'] }),
    newline: rowEnd(body),
    skipEmptyLines: 'greedy',
    step: (result) => {
      const line = lineAt(skipped + cursor);
      rows.push({ line, cells: result.data.map((cell) => cell.trim()) });
      for (const error of result.errors) problems.push({ line, message: csvErrorInWords(error) });
      cursor = result.meta.cursor;
      // Skip the line break that ended this row, so the next row's line is its own.
      while (body[cursor] === '\r' || body[cursor] === '\n') cursor += 1;
      onRow?.(cursor);
    },
  });
  return { rows, problems };
}

/** Papa Parse's errors, in words a person can act on. */
function csvErrorInWords(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted cell is never closed: a " is missing (a quote inside a cell is written twice: "")';
    case 'InvalidQuotes':
      return 'a cell has a stray " after its closing quote (a quote inside a cell is written twice: "")';
    case 'UndetectableDelimiter':
      return 'the separator between cells could not be worked out; put "sep=;" (or sep=,) on the first line';
    case 'TooFewFields':
    case 'TooManyFields':
      return error.message;
    default:
      return error.message;
  }
}
