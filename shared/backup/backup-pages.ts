/**
 * Reading a backup from its bytes a page of records at a time, with the same checks and the same
 * messages as reading it whole (readBackup): the file's layout is found first (backup-layout.ts), then
 * each table's records are parsed, checked and let go a page at a time, keeping only their outline for
 * the checks of meaning. A large backup is so held as its bytes plus a page, not as one parsed object
 * several times its size; restoring it parses each page again as it is written. A file not laid out as
 * Waymark writes it today (an older format, a damaged one) is read whole instead, as before.
 */
import type { Framework } from '../framework/schema';
import {
  backupFormatVersion,
  backupHeaderSchema,
  checkBackupData,
  checkMeaning,
  maxBackupLength,
  notJson,
  parseBackupText,
  recordsOfTables,
  shapeRefusal,
  summariseContents,
  workspaceTablesSchema,
  type Backup,
  type BackupSummary,
  type ShapeIssue,
  type WorkspaceRecords,
  type WorkspaceTables,
} from './backup-file';
import { backupFormat, workspaceTableNames, type WorkspaceTableName } from './backup-marker';
import { scanBackupLayout, type BackupLayout, type RecordRanges } from './backup-layout';
import { jsonDepth, keepKnownFields, maxBackupDepth, outlineOf, type BackupOutline } from './check-backup';

/** Records checked at a time: few enough that a page parsed is small beside the file. */
export const checkPageRows = 100;

/**
 * The most bytes parsed at a time (a page of large records has fewer rows): text this short is made
 * and let go in the young generation, collected at once, rather than piling up among large objects
 * until a full collection.
 */
const pageBytes = 32 * 1024;

/**
 * The most bytes of records restored at a time: each page is held until it is written, so it is
 * kept small enough to be collected young too, but large enough that the trips to the database are few.
 */
const writePageBytes = 256 * 1024;

/** A backup checked and ready to restore: its summary for the preview, and its records a page at a time. */
export interface CheckedBackup {
  summary: BackupSummary;
  notices: string[];
  records: WorkspaceRecords;
}

export type BackupBytesResult = ({ ok: true } & CheckedBackup) | { ok: false; message: string };

/**
 * Reads and checks a backup file from its bytes: as readBackup would from their text, with the same
 * outcome and messages, but a page at a time where the file has the layout Waymark writes.
 */
export function readBackupBytes(fileName: string, bytes: Uint8Array, frameworks: readonly Framework[] = []): BackupBytesResult {
  if (!isUtf8(bytes)) {
    return {
      ok: false,
      message: `${fileName} is not a Waymark backup: it is not UTF-8 text. Nothing was changed. Choose a backup file Waymark wrote (its name starts with "Waymark backup").`,
    };
  }
  const layout = bytes.length <= maxBackupLength && jsonDepth(bytes) <= maxBackupDepth ? scanBackupLayout(bytes) : undefined;
  const paged = layout ? checkPages(fileName, bytes, layout, frameworks) : 'whole';
  return paged === 'whole' ? readWhole(fileName, new TextDecoder().decode(bytes), frameworks) : paged;
}

/** Reads and checks a backup whole, from its text (a file that is not laid out as Waymark writes it today). */
export function readWhole(fileName: string, text: string, frameworks: readonly Framework[] = []): BackupBytesResult {
  const parsed = parseBackupText(fileName, text);
  const read = parsed.ok ? checkBackupData(fileName, parsed.data, frameworks) : parsed;
  if (!read.ok) return read;
  const { tables, ...header } = read.backup;
  const records = recordsOfTables(tables);
  return { ok: true, summary: summaryOf(header, tables.people, records), notices: read.notices, records };
}

function summaryOf(header: Omit<Backup, 'tables'>, people: BackupOutline['people'], records: WorkspaceRecords): BackupSummary {
  return { createdAt: header.createdAt, reason: header.reason, ...summariseContents(people, (table) => records.count(table)) };
}

/** Whether the bytes are UTF-8, decoded a piece at a time so the whole text is never held. */
function isUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const piece = pageBytes;
  try {
    for (let start = 0; start < bytes.length; start += piece) decoder.decode(bytes.subarray(start, start + piece), { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The check of readBackup (checkBackupData) a page at a time, for a file of today's format laid out
 * as Waymark writes it; 'whole' for any other, to be read whole. Problems are found, counted and
 * described in the same order as there: the header's, then each table's records in turn.
 */
function checkPages(
  fileName: string,
  bytes: Uint8Array,
  layout: BackupLayout,
  frameworks: readonly Framework[],
): BackupBytesResult | 'whole' {
  const header: Record<string, unknown> = {};
  for (const [key, range] of layout.header) {
    const value = parseJson(bytes.subarray(range.start, range.end));
    if (value === notParsed) return notJson(fileName);
    Object.defineProperty(header, key, { value, enumerable: true, configurable: true, writable: true });
  }
  // Older formats are brought up to date whole, and a newer one is refused whole, as readBackup does.
  if (header['format'] !== backupFormat || header['formatVersion'] !== backupFormatVersion) return 'whole';
  // Tables missing or unknown are reported (or left out) as readBackup does, from the whole file.
  const names = [...layout.tables.keys()];
  if (names.length !== workspaceTableNames.length || !workspaceTableNames.every((name) => layout.tables.has(name))) return 'whole';

  const headerCheck = backupHeaderSchema.safeParse(header);
  const issues = { first: undefined as ShapeIssue | undefined, count: 0 };
  const note = (found: readonly ShapeIssue[]) => {
    issues.first ??= found[0];
    issues.count += found.length;
  };
  if (!headerCheck.success) note(headerCheck.error.issues);
  const dropped: PropertyKey[][] = [];
  const outline = Object.fromEntries(workspaceTableNames.map((name) => [name, [] as object[]])) as Record<WorkspaceTableName, object[]>;
  for (const name of workspaceTableNames) {
    const ranges = tableRanges(layout, name);
    const recordSchema = workspaceTablesSchema.shape[name].element;
    for (let start = 0; start < ranges.starts.length;) {
      const end = pageEnd(ranges, start, start + checkPageRows);
      const page = parsePage(bytes, ranges, start, end);
      if (page === notParsed) return notJson(fileName);
      page.forEach((record, offset) => {
        const index = start + offset;
        const checked = recordSchema.safeParse(record);
        if (!checked.success) note(checked.error.issues.map((issue) => ({ ...issue, path: ['tables', name, index, ...issue.path] })));
        else if (issues.count === 0) {
          keepKnownFields(record, checked.data, ['tables', name, index], dropped);
          outline[name].push(outlineOf(name, Object(record)));
        }
      });
      start = end;
    }
  }
  if (issues.count > 0 || !headerCheck.success) return shapeRefusal(fileName, issues.first, issues.count);
  // Every record passed its schema and was outlined as it is (less unknown fields): the type holds.
  const outlined = outline as BackupOutline;
  const meaning = checkMeaning(fileName, outlined, dropped, 0, frameworks);
  if (!meaning.ok) return meaning;
  const records = pagedRecords(bytes, layout, dropped.length > 0);
  return { ok: true, summary: summaryOf(headerCheck.data, outlined.people, records), notices: meaning.notices, records };
}

/**
 * The records of a checked backup, parsed from its bytes a page at a time; with `prune`, less the
 * fields this Waymark does not know (which the check found some of), taken out as the check did.
 */
function pagedRecords(bytes: Uint8Array, layout: BackupLayout, prune: boolean): WorkspaceRecords {
  return {
    count: (table) => tableRanges(layout, table).starts.length,
    *pages<Name extends WorkspaceTableName>(table: Name, rows: number): Iterable<WorkspaceTables[Name]> {
      const ranges = tableRanges(layout, table);
      const recordSchema = workspaceTablesSchema.shape[table].element;
      for (let start = 0; start < ranges.starts.length;) {
        // Parsed in pieces of pageBytes at most, gathered into a page of writePageBytes at most.
        const limit = (ranges.starts[start] ?? 0) + writePageBytes;
        const last = Math.min(start + rows, ranges.starts.length);
        const page: unknown[] = [];
        while (start < last && (page.length === 0 || (ranges.ends[start] ?? 0) <= limit)) {
          const end = pageEnd(ranges, start, last);
          const piece = parsePage(bytes, ranges, start, end);
          // Parsed once already, when the file was checked: it parses the same now.
          if (piece === notParsed) throw new Error(`the backup's ${table} could not be read again`);
          for (const record of piece) page.push(record);
          start = end;
        }
        if (prune) {
          for (const record of page) {
            const checked = recordSchema.safeParse(record);
            if (checked.success) keepKnownFields(record, checked.data, [], []);
          }
        }
        // Every record passed its table's schema when the file was checked.
        yield page as WorkspaceTables[Name];
      }
    },
  };
}

function tableRanges(layout: BackupLayout, table: WorkspaceTableName): RecordRanges {
  return layout.tables.get(table) ?? { starts: new Uint32Array(), ends: new Uint32Array() };
}

/** Where a page starting at record `start` ends: at `end` at most, sooner where its bytes reach pageBytes (one record at least). */
function pageEnd(ranges: RecordRanges, start: number, end: number): number {
  const last = Math.min(end, ranges.starts.length);
  const limit = (ranges.starts[start] ?? 0) + pageBytes;
  let at = start + 1;
  while (at < last && (ranges.ends[at] ?? 0) <= limit) at += 1;
  return at;
}

const notParsed = Symbol('not JSON');

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return notParsed;
  }
}

/**
 * Records `start` up to `end` of a table, parsed as one list: the bytes between them are commas and
 * white space, so from the first one's start to the last one's end is the inside of a JSON list.
 */
function parsePage(bytes: Uint8Array, ranges: RecordRanges, start: number, end: number): unknown[] | typeof notParsed {
  if (end <= start) return [];
  const from = ranges.starts[start] ?? 0;
  const to = ranges.ends[end - 1] ?? 0;
  try {
    const page: unknown = JSON.parse(`[${new TextDecoder().decode(bytes.subarray(from, to))}]`);
    return Array.isArray(page) ? page : notParsed;
  } catch {
    return notParsed;
  }
}
