/**
 * The backup file: the whole workspace as one versioned JSON document — people, ratings, evidence,
 * snapshots, goals, 1:1 notes and imported frameworks with all their versions. Reading one checks
 * every record with the same schemas the database uses, so a damaged or foreign file is refused whole.
 */
import { z } from 'zod';
import {
  evidenceSchema,
  goalSchema,
  importedFrameworkSchema,
  meetingSchema,
  personSchema,
  ratingSchema,
  snapshotRatingsSchema,
  snapshotSchema,
} from '../workspace/schema';

export const backupFormat = 'waymark-backup';
/** The version of the file format; a newer file is refused with a message, never half read. */
export const backupFormatVersion = 1;

export const workspaceTablesSchema = z.object({
  people: z.array(personSchema),
  ratings: z.array(ratingSchema),
  evidence: z.array(evidenceSchema),
  snapshots: z.array(snapshotSchema),
  snapshotRatings: z.array(snapshotRatingsSchema),
  goals: z.array(goalSchema),
  meetings: z.array(meetingSchema),
  importedFrameworks: z.array(importedFrameworkSchema),
});

export type WorkspaceTables = z.infer<typeof workspaceTablesSchema>;
export const workspaceTableNames = [
  'people',
  'ratings',
  'evidence',
  'snapshots',
  'snapshotRatings',
  'goals',
  'meetings',
  'importedFrameworks',
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
  const parsed = backupSchema.safeParse(data);
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
  const tables: WorkspaceTables = Reflect.get(Object(data), 'tables');
  return { ok: true, backup: { ...parsed.data, tables } };
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

/**
 * Whether a file is a Waymark backup (of any format version) rather than a framework, by the marker
 * Waymark writes first. Used to route a dropped file; readBackup then checks it in full.
 */
export function looksLikeBackup(text: string): boolean {
  return new RegExp(`"format"\\s*:\\s*"${backupFormat}"`).test(text.slice(0, 4096));
}
