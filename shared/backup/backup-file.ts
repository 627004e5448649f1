/**
 * The backup file: the whole workspace as one versioned JSON document — people, ratings, evidence,
 * snapshots, goals, 1:1 notes and imported frameworks with all their versions. Reading one checks
 * every record with the same schemas the database uses, and how the records fit together
 * (check-backup.ts), so a damaged or foreign file is refused whole before anything is written.
 */
import { z } from 'zod';
import type { Framework } from '../framework/schema';
import { mergeEveryonesCopiedActions } from '../workspace/meetings';
import { openFilePurposes } from '../files/open-file';
import { backupFormat, workspaceTableNames, type WorkspaceTableName } from './backup-marker';
import {
  describeBackupPath,
  droppedFieldsNotice,
  jsonDepth,
  keepKnownFields,
  maxBackupDepth,
  meaningProblems,
  missingFrameworkNotices,
  type BackupOutline,
} from './check-backup';
import {
  evidenceSchema,
  exchangeReceiptSchema,
  goalSchema,
  importedFrameworkSchema,
  meetingSchema,
  personSchema,
  ratingSchema,
  snapshotRatingsSchema,
  snapshotSchema,
} from '../workspace/schema';

/**
 * The version of the file format; a newer file is refused with a message, never half read, and an
 * older one is brought up to date first (upgradeTables).
 *
 * 1: the first format. 2: ratings carry their rater (self, manager or coach, agreed) in the table
 * `ratingsByRater`, and the exchange receipts are kept. 3: a 1:1 action is one record in the entry it
 * was agreed in (done on a day, brought into entries by hand), no longer copied into each later entry;
 * the copies in an older file are merged when it is read (mergeCopiedActions).
 */
export const backupFormatVersion = 3;

export const workspaceTablesSchema = z.object({
  people: z.array(personSchema),
  ratingsByRater: z.array(ratingSchema),
  evidence: z.array(evidenceSchema),
  snapshots: z.array(snapshotSchema),
  snapshotRatings: z.array(snapshotRatingsSchema),
  goals: z.array(goalSchema),
  meetings: z.array(meetingSchema),
  importedFrameworks: z.array(importedFrameworkSchema),
  exchangeReceipts: z.array(exchangeReceiptSchema),
} satisfies Record<WorkspaceTableName, z.ZodType>);

export type WorkspaceTables = z.infer<typeof workspaceTablesSchema>;

/** A workspace with nothing in it. */
export function emptyWorkspaceTables(): WorkspaceTables {
  return {
    people: [],
    ratingsByRater: [],
    evidence: [],
    snapshots: [],
    snapshotRatings: [],
    goals: [],
    meetings: [],
    importedFrameworks: [],
    exchangeReceipts: [],
  };
}

export const backupSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  createdAt: z.iso.datetime({ offset: true }),
  /** Why it was made: by hand, automatically, or as the revert point before a restore. */
  reason: z.enum(['manual', 'automatic', 'revert-point']),
  tables: workspaceTablesSchema,
});

export type Backup = z.infer<typeof backupSchema>;

export function createBackup(tables: WorkspaceTables, reason: Backup['reason'], now = new Date()): Backup {
  return { format: backupFormat, formatVersion: backupFormatVersion, createdAt: now.toISOString(), reason, tables };
}

export function backupToJson(backup: Backup): string {
  return `${JSON.stringify(backup)}\n`;
}

/**
 * The file as backupToJson writes it, in pieces, for building it table by table without holding the
 * workspace whole: the start, then for each table its opening, its rows (JSON, comma-separated) and
 * its close, then the end.
 */
export const backupFileParts = {
  start(reason: Backup['reason'], now = new Date()): string {
    const header: Omit<Backup, 'tables'> = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      createdAt: now.toISOString(),
      reason,
    };
    return `${JSON.stringify(header).slice(0, -1)},"tables":{`;
  },
  tableStart(table: keyof WorkspaceTables, first: boolean): string {
    return `${first ? '' : ','}${JSON.stringify(table)}:[`;
  },
  tableEnd: ']',
  end: '}}\n',
};

/**
 * A workspace's records, a page of one table at a time: whole tables in memory (recordsOfTables), or
 * a backup checked page by page and read from its bytes only as each page is written (backup-pages.ts).
 */
export interface WorkspaceRecords {
  count(table: WorkspaceTableName): number;
  /** The table's records in order, `rows` a page at most (fewer where the records are large). */
  pages<Name extends WorkspaceTableName>(table: Name, rows: number): Iterable<WorkspaceTables[Name]>;
}

export function recordsOfTables(tables: WorkspaceTables): WorkspaceRecords {
  return {
    count: (table) => tables[table].length,
    *pages(table, rows) {
      const all = tables[table];
      for (let start = 0; start < all.length; start += rows) yield all.slice(start, start + rows) as typeof all;
    },
  };
}

export type BackupReadResult = { ok: true; backup: Backup; notices: string[] } | { ok: false; message: string };

export const unreadable =
  'It was not restored and nothing was changed. Choose a backup file Waymark wrote (its name starts with "Waymark backup").';

/** The largest backup read, in characters (as the file picker's limit, in bytes). */
export const maxBackupLength = openFilePurposes.backup.maxBytes;

/**
 * Reads a backup and checks all of it — shape, nesting, and meaning (see check-backup.ts) — before
 * anything is shown or written. `frameworks` are the ones this Waymark ships, to check people's tracks
 * and levels against. On success the tables are exactly as written, less fields this Waymark does not
 * know, which `notices` names along with anything else the preview should say.
 */
export function readBackup(fileName: string, text: string, frameworks: readonly Framework[] = []): BackupReadResult {
  const parsed = parseBackupText(fileName, text);
  return parsed.ok ? checkBackupData(fileName, parsed.data, frameworks) : parsed;
}

/**
 * The first half of readBackup: the file's size and nesting, then its JSON. Apart from the check, so
 * a caller holding a large file can let the text go before the records are checked.
 */
export function parseBackupText(fileName: string, text: string): { ok: true; data: unknown } | { ok: false; message: string } {
  if (text.length > maxBackupLength) return refused(fileName, `is larger than the ${maxBackupLength / 1024 / 1024} MB a backup may be`);
  const json = text.replace(/^\uFEFF/, '');
  if (jsonDepth(json) > maxBackupDepth)
    return refused(fileName, `is nested more than ${maxBackupDepth} levels deep, which no Waymark backup is`);
  try {
    return { ok: true, data: JSON.parse(json) };
  } catch {
    return notJson(fileName);
  }
}

export function notJson(fileName: string): { ok: false; message: string } {
  return { ok: false, message: `${fileName} is not a Waymark backup: it is not JSON, or it was cut short. ${unreadable}` };
}

/**
 * The second half of readBackup: `data` (the file's parsed JSON) checked for shape and meaning. The
 * records are checked one at a time and fields this Waymark does not know are taken out of `data`
 * itself, so a large backup is held once, not as the file plus the schemas' copy plus the kept copy.
 */
export function checkBackupData(fileName: string, data: unknown, frameworks: readonly Framework[] = []): BackupReadResult {
  const marker = z.object({ format: z.literal(backupFormat), formatVersion: z.number() }).safeParse(data);
  if (!marker.success) return { ok: false, message: `${fileName} is not a Waymark backup. ${unreadable}` };
  if (marker.data.formatVersion > backupFormatVersion) {
    return {
      ok: false,
      message: `${fileName} was written by a newer Waymark (backup format ${marker.data.formatVersion}). Install the latest Waymark to restore it; nothing was changed.`,
    };
  }
  const upgraded = upgradeTables(marker.data.formatVersion, data);
  const dropped: PropertyKey[][] = [];
  const shape = checkShape(upgraded, dropped);
  if (!shape.ok) return shapeRefusal(fileName, shape.issues[0], shape.issues.length);
  const merging =
    marker.data.formatVersion < 3 ? mergeEveryonesCopiedActions(shape.tables.meetings) : { meetings: shape.tables.meetings, merged: 0 };
  const tables = { ...shape.tables, meetings: merging.meetings };
  const meaning = checkMeaning(fileName, tables, dropped, merging.merged, frameworks);
  return meaning.ok ? { ok: true, backup: { ...shape.header, tables }, notices: meaning.notices } : meaning;
}

/** A file refused for its shape: its first problem (ShapeIssue), and how many more there are. */
export function shapeRefusal(fileName: string, issue: ShapeIssue | undefined, issues: number): { ok: false; message: string } {
  const where = issue ? describeBackupPath(issue.path) : '';
  const more = issues > 1 ? ` (and ${issues - 1} more problems)` : '';
  return refused(fileName, `is damaged: ${where ? `${where}: ` : ''}${issue?.message ?? 'unknown problem'}${more}`);
}

/**
 * The last step of reading a backup: whether its records, in good shape, fit together (or the message
 * refusing it), and what the preview should say — fields left out, 1:1 actions merged, frameworks missing.
 */
export function checkMeaning(
  fileName: string,
  outline: BackupOutline,
  dropped: readonly PropertyKey[][],
  mergedActions: number,
  frameworks: readonly Framework[],
): { ok: true; notices: string[] } | { ok: false; message: string } {
  const problems = meaningProblems(outline, frameworks);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('; ');
    const more = problems.length > 5 ? `; and ${problems.length - 5} more problems` : '';
    return refused(fileName, `cannot be restored: ${shown}${more}`);
  }
  const notices = [droppedFieldsNotice(dropped), mergedActionsNotice(mergedActions), ...missingFrameworkNotices(outline, frameworks)];
  return { ok: true, notices: notices.filter((notice): notice is string => notice !== undefined) };
}

export function refused(fileName: string, problem: string): { ok: false; message: string } {
  return { ok: false, message: `${fileName} ${problem}. ${unreadable}` };
}

export type ShapeIssue = { path: PropertyKey[]; message: string };

/** The header's fields; the tables are checked a list and a record at a time (checkShape). */
export const backupHeaderSchema = backupSchema.omit({ tables: true });
/** Each table a list, whatever its records: their shape is checked one record at a time. */
const tableListsSchema = z.object(
  Object.fromEntries(workspaceTableNames.map((name) => [name, z.array(z.unknown())])) as Record<
    WorkspaceTableName,
    z.ZodArray<z.ZodUnknown>
  >,
);

/**
 * The backup's shape, as backupSchema says it, with its problems in the order of the schema (the
 * header's fields, then each table's list and records in turn). Each record is checked on its own
 * and, once it passes, loses the fields the schema does not know (named in `dropped`); the schema's
 * own copy of it is let go at once. On success the tables are `data`'s own, so typed.
 */
function checkShape(
  data: unknown,
  dropped: PropertyKey[][],
): { ok: true; header: Omit<Backup, 'tables'>; tables: WorkspaceTables } | { ok: false; issues: ShapeIssue[] } {
  const issues: ShapeIssue[] = [];
  const header = backupHeaderSchema.safeParse(data);
  if (!header.success) issues.push(...header.error.issues);
  const rawTables: unknown = Reflect.get(Object(data), 'tables');
  const lists = tableListsSchema.safeParse(rawTables);
  if (!lists.success) {
    // Where the tables are not an object at all, that is the one problem with them.
    const whole = lists.error.issues.filter((issue) => issue.path.length === 0);
    if (whole.length > 0) return { ok: false, issues: [...issues, ...whole.map((issue) => ({ ...issue, path: ['tables'] }))] };
  }
  const listProblems = lists.success ? [] : lists.error.issues;
  const tables = rawTables as Record<string, unknown>;
  for (const name of workspaceTableNames) {
    const listIssues = listProblems.filter((issue) => issue.path[0] === name);
    if (listIssues.length > 0) {
      issues.push(...listIssues.map((issue) => ({ ...issue, path: ['tables', ...issue.path] })));
      continue;
    }
    const records = tables[name] as unknown[];
    const recordSchema = workspaceTablesSchema.shape[name].element;
    records.forEach((record, index) => {
      const checked = recordSchema.safeParse(record);
      if (!checked.success)
        issues.push(...checked.error.issues.map((issue) => ({ ...issue, path: ['tables', name, index, ...issue.path] })));
      else if (issues.length === 0) keepKnownFields(record, checked.data, ['tables', name, index], dropped);
    });
  }
  if (issues.length > 0 || !header.success) return { ok: false, issues };
  for (const name of Object.keys(tables)) {
    if ((workspaceTableNames as readonly string[]).includes(name)) continue;
    dropped.push(['tables', name]);
    Reflect.deleteProperty(tables, name);
  }
  // Checked a record at a time by the schemas, with only the fields they know left: the type holds.
  return { ok: true, header: header.data, tables: tables as WorkspaceTables };
}

/**
 * A backup of an older format in today's shape, still unchecked. Format 1 had one rating per item, the
 * person's own: each becomes a self-rating, and there were no exchange receipts. Format 2's tables have
 * today's shape; its copied 1:1 actions are merged once the file is checked (readBackup).
 */
function upgradeTables(formatVersion: number, data: unknown): unknown {
  const tables: unknown = Reflect.get(Object(data), 'tables');
  if (formatVersion >= backupFormatVersion || typeof tables !== 'object' || tables === null) return data;
  if (formatVersion >= 2) return { ...Object(data), formatVersion: backupFormatVersion };
  const { ratings, ...rest } = { ratings: [], ...tables };
  const ratingsByRater = Array.isArray(ratings) ? ratings.map((rating: unknown) => ({ ...Object(rating), rater: 'self' })) : ratings;
  return { ...Object(data), formatVersion: backupFormatVersion, tables: { ...rest, ratingsByRater, exchangeReceipts: [] } };
}

function mergedActionsNotice(merged: number): string | undefined {
  if (merged === 0) return undefined;
  return `${merged === 1 ? '1 copy' : `${merged} copies`} of 1:1 actions carried over by an earlier Waymark will be merged into the action ${merged === 1 ? 'it was copied from' : 'they were copied from'}: each action is kept once, in the 1:1 it was agreed in, and shown in the later ones.`;
}

export interface BackupSummary {
  createdAt: string;
  reason: Backup['reason'];
  people: string[];
  counts: { table: keyof WorkspaceTables; count: number }[];
}

/** What a workspace holds, as the restore's preview shows it: who is in it, and how many records of each kind. */
export type WorkspaceContents = Pick<BackupSummary, 'people' | 'counts'>;

export function summariseContents(
  people: readonly Pick<WorkspaceTables['people'][number], 'name' | 'relationship'>[],
  countOf: (table: keyof WorkspaceTables) => number,
): WorkspaceContents {
  return {
    people: people.map((person) => person.name.trim() || (person.relationship === 'me' ? 'Me' : 'Unnamed')),
    counts: workspaceTableNames.map((table) => ({ table, count: countOf(table) })),
  };
}
