/**
 * Reading a framework file of any supported kind into the framework model, or saying exactly what is
 * wrong with it. Never throws: whatever the bytes, the answer is a result.
 *
 * Supported: Waymark's own JSON and YAML, CSV (one row per statement), Excel (.xlsx) and OpenDocument
 * (.ods) workbooks with the same columns, Monzo progression-framework Markdown, and 1EdTech CASE JSON
 * packages. Text files are decoded by the rule in decode-text.ts; the result says which encoding was
 * used, so the preview can show it and offer another.
 */
import { errorMessage } from '../errors/error-message';
import { decodeText, encodingName, type EncodingBasis, type TextEncodingLabel } from './decode-text';
import type { ImportResult } from './import-result';
import { parseCsvFramework } from './parse-csv';
import { isMonzoFramework, parseMonzoFramework } from './parse-monzo';
import { parseStructuredFramework } from './parse-structured';
import { readWorkbookTable } from './read-workbook';
import { tableToCareerMap } from './table-to-career-map';

export type FrameworkFileFormat = 'csv' | 'json' | 'yaml' | 'workbook' | 'monzo';

export const formatNames: Record<FrameworkFileFormat, string> = {
  csv: 'CSV',
  json: 'JSON',
  yaml: 'YAML',
  workbook: 'workbook',
  monzo: 'Monzo progression framework (Markdown)',
};

/** The extensions the file pickers offer for frameworks. */
export const frameworkFileExtensions = ['json', 'yaml', 'yml', 'csv', 'tsv', 'txt', 'xlsx', 'ods', 'md', 'markdown'];

function extensionOf(fileName: string): string | undefined {
  return /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
}

/** Zip archives (xlsx, ods) start with "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Files people pick by mistake, known by their first bytes whatever their name says: never a framework.
 * Read as text, a PDF gave 205 problems in the YAML parser's words.
 */
const otherKinds: { starts: readonly number[]; what: string }[] = [
  { starts: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { starts: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { starts: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { starts: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { starts: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an Excel 97–2003 workbook (.xls) or another older Office file' },
];

function notAFramework(bytes: Uint8Array): string | undefined {
  const kind = otherKinds.find(({ starts }) => starts.every((byte, index) => bytes[index] === byte));
  if (!kind) return undefined;
  return `This file is ${kind.what}, not a framework, so nothing was read from it. Choose the framework's CSV, JSON, YAML or Excel (.xlsx) file; from an older Excel, save the sheet as .xlsx or CSV UTF-8 first.`;
}

export function formatOf(fileName: string, text: string): Exclude<FrameworkFileFormat, 'workbook'> {
  const extension = extensionOf(fileName);
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  if (extension === 'json') return 'json';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  if (extension === 'md' || extension === 'markdown' || isMonzoFramework(text)) return 'monzo';
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'yaml';
}

/** Reading already-decoded text. */
export function importFramework(fileName: string, text: string, onProgress?: (fraction: number) => void): ImportResult {
  try {
    const format = formatOf(fileName, text);
    if (format === 'csv')
      return parseCsvFramework(text, fileName, onProgress ? (offset) => onProgress(offset / Math.max(1, text.length)) : undefined);
    if (format === 'monzo') return parseMonzoFramework(text, fileName);
    return parseStructuredFramework(text, format, fileName);
  } catch (error) {
    return unreadable(error);
  }
}

// A parser bug must not take the app down or half-import a file: report it like any other problem.
function unreadable(error: unknown): ImportResult {
  return { ok: false, problems: [{ message: `the file could not be read (${errorMessage(error)})` }] };
}

export interface FileImportOptions {
  /** The encoding the person chose in the preview, instead of the detected one. */
  encoding?: string | undefined;
  /** The workbook sheet the person chose. */
  sheet?: string | undefined;
  /** Called now and then with how far reading has got, 0 to 1. */
  onProgress?: ((fraction: number) => void) | undefined;
}

export interface FileImport {
  format: FrameworkFileFormat;
  result: ImportResult;
  /** For text files: the encoding read, how it was settled, and its name for people. */
  encoding?: { label: TextEncodingLabel; name: string; basis: EncodingBasis } | undefined;
  /** For workbooks: every sheet, and the one read. */
  sheets?: { names: string[]; chosen: string } | undefined;
}

/**
 * A file that already holds replacement characters (�) was damaged before Waymark saw it, usually by
 * an earlier program reading it in the wrong encoding: say so, with the first line, before anything
 * is stored.
 */
function withReplacementWarning(result: ImportResult, text: string): ImportResult {
  const first = text.indexOf('\uFFFD');
  if (!result.ok || first < 0) return result;
  const count = text.split('\uFFFD').length - 1;
  const line = text.slice(0, first).split(/\r\n|\r|\n/).length;
  return {
    ...result,
    notices: [
      `The file itself holds ${count === 1 ? 'a replacement character' : `${count} replacement characters`} (�), first on line ${line}: some letters were lost before Waymark read it, probably by a program that read it in the wrong encoding. Import it from the original file if you have one.`,
      ...result.notices,
    ],
  };
}

/** Reading a file's bytes, whatever its kind. */
export function importFrameworkFile(fileName: string, bytes: Uint8Array, options: FileImportOptions = {}): FileImport {
  const extension = extensionOf(fileName);
  try {
    if (extension === 'xlsx' || extension === 'ods' || isZip(bytes)) {
      const table = readWorkbookTable(bytes, options.sheet);
      const sheets = { names: table.sheets, chosen: table.sheet };
      if (table.problems.length > 0) return { format: 'workbook', sheets, result: { ok: false, problems: table.problems } };
      options.onProgress?.(0.5);
      return { format: 'workbook', sheets, result: tableToCareerMap(table.rows, fileName) };
    }
    const otherKind = notAFramework(bytes);
    if (otherKind) return { format: formatOf(fileName, ''), result: { ok: false, problems: [{ message: otherKind }] } };
    const decoded = decodeText(bytes, options.encoding);
    const encoding = {
      label: decoded.encoding,
      name: encodingName(decoded.encoding),
      basis: decoded.ok ? decoded.basis : ('chosen' as const),
    };
    if (!decoded.ok)
      return {
        format: formatOf(fileName, ''),
        encoding,
        result: { ok: false, problems: [{ line: decoded.line, message: decoded.message }] },
      };
    const result = importFramework(fileName, decoded.text, options.onProgress);
    return { format: formatOf(fileName, decoded.text), encoding, result: withReplacementWarning(result, decoded.text) };
  } catch (error) {
    return { format: 'json', result: unreadable(error) };
  }
}
