/**
 * The backup file: the whole workspace as one versioned JSON document — people, ratings, evidence,
 * snapshots, goals, 1:1 notes and imported frameworks with all their versions. Reading one checks
 * every record with the same schemas the database uses, so a damaged or foreign file is refused whole.
 */
import { z } from 'zod';
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

export const backupFormat = 'waymark-backup';
/**
 * The version of the file format; a newer file is refused with a message, never half read, and an
 * older one is brought up to date first (upgradeTables).
 *
 * 1: the first format. 2: ratings carry their rater (self, manager or coach, agreed) in the table
 * `ratingsByRater`, and the exchange receipts are kept.
 */
export const backupFormatVersion = 2;

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
});

export type WorkspaceTables = z.infer<typeof workspaceTablesSchema>;
export const workspaceTableNames = [
  'people',
  'ratingsByRater',
  'evidence',
  'snapshots',
  'snapshotRatings',
  'goals',
  'meetings',
  'importedFrameworks',
  'exchangeReceipts',
] as const satisfies readonly (keyof WorkspaceTables)[];

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

export type BackupReadResult = { ok: true; backup: Backup } | { ok: false; message: string };

const unreadable =
  'It was not restored and nothing was changed. Choose a backup file Waymark wrote (its name starts with "Waymark backup").';

export function readBackup(fileName: string, text: string): BackupReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: `${fileName} is not a Waymark backup: it is not JSON, or it was cut short. ${unreadable}` };
  }
  const marker = z.object({ format: z.literal(backupFormat), formatVersion: z.number() }).safeParse(data);
  if (!marker.success) return { ok: false, message: `${fileName} is not a Waymark backup. ${unreadable}` };
  if (marker.data.formatVersion > backupFormatVersion) {
    return {
      ok: false,
      message: `${fileName} was written by a newer Waymark (backup format ${marker.data.formatVersion}). Install the latest Waymark to restore it; nothing was changed.`,
    };
  }
  const upgraded = upgradeTables(marker.data.formatVersion, data);
  const parsed = backupSchema.safeParse(upgraded);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue ? issue.path.join('.') : '';
    return {
      ok: false,
      message: `${fileName} is damaged: ${where ? `${where}: ` : ''}${issue?.message ?? 'unknown problem'}. ${unreadable}`,
    };
  }
  // Checked by the schemas, restored as written: parsing trims text and fills defaults, and a restore
  // must give back exactly what was backed up.
  const tables: WorkspaceTables = Reflect.get(Object(upgraded), 'tables');
  return { ok: true, backup: { ...parsed.data, tables } };
}

/**
 * A backup of an older format in today's shape, still unchecked. Format 1 had one rating per item, the
 * person's own: each becomes a self-rating, and there were no exchange receipts.
 */
function upgradeTables(formatVersion: number, data: unknown): unknown {
  const tables: unknown = Reflect.get(Object(data), 'tables');
  if (formatVersion >= 2 || typeof tables !== 'object' || tables === null) return data;
  const { ratings, ...rest } = { ratings: [], ...tables };
  const ratingsByRater = Array.isArray(ratings) ? ratings.map((rating: unknown) => ({ ...Object(rating), rater: 'self' })) : ratings;
  return { ...Object(data), formatVersion: backupFormatVersion, tables: { ...rest, ratingsByRater, exchangeReceipts: [] } };
}

export interface BackupSummary {
  createdAt: string;
  reason: Backup['reason'];
  people: string[];
  counts: { table: keyof WorkspaceTables; count: number }[];
}

export function summariseBackup(backup: Backup): BackupSummary {
  const counts = workspaceTableNames.map((table) => ({ table, count: backup.tables[table].length }));
  return {
    createdAt: backup.createdAt,
    reason: backup.reason,
    people: backup.tables.people.map((person) => person.name.trim() || (person.relationship === 'me' ? 'Me' : 'Unnamed')),
    counts,
  };
}
