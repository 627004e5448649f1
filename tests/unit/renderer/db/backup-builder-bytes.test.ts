/**
 * The backup file's exact bytes: built a page at a time, it is the very text the whole-workspace export
 * writes, and the same bytes the builder wrote before its pages were sized by their text — over a
 * workspace of rows from a few bytes to 5,000-character texts in several scripts, tables many pages
 * long, and rows that run across every page and Blob boundary. Also how the pages are sized.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import type { DBCore, DBCoreQueryRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildBackupFile } from '../../../../renderer/db/backup-builder';
import { readWorkspace } from '../../../../renderer/db/backup-repository';
import { nextPageRows, pageChars, pageSize, workerPageSize } from '../../../../renderer/db/paged-read';
import type { WorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { backupToJson, createBackup, emptyWorkspaceTables } from '../../../../shared/backup/backup-file';
import { writeAll } from './workspace-arbitrary';
import { evidence, goal, meeting, openTestDatabase, person, rating, snapshot } from './workspace-test-database';

const now = new Date('2026-11-23T10:00:00.000Z');
/** The old builder's file for writeWorkspace(40) at `now`; a deliberate change of the format changes it. */
const oldBuilderSha256 = 'b14005250de4a7ed7878807a22fe68d7495dc1ed727b4796aa791ba2cf3e7110';

/** Text of `length` characters cycling through Latin with accents, emoji (surrogate pairs and ZWJ), Arabic, Chinese, quotes and controls. */
function longText(seed: number, length: number): string {
  const pieces = [
    'Zoë ',
    '🚀',
    '👩‍💻 ',
    'مرحبا بالعالم ',
    '設計の見直し ',
    '“quoted” \\ "escaped" ',
    'tab\there\nnew line ',
    'Ångström ',
    '\u2028',
  ];
  let text = '';
  for (let index = seed; text.length < length; index += 1) text += pieces[index % pieces.length];
  return text.slice(0, length).replace(/[\uD800-\uDBFF]$/, 'x');
}

/** People with ratings, long evidence, snapshots with 120 ratings each, goals and 1:1 notes, all with fixed ids. */
async function writeWorkspace(db: WorkspaceDatabase, people: number): Promise<void> {
  const values = ['not-yet', 'partly', 'consistently'] as const;
  const tables = emptyWorkspaceTables();
  for (let index = 0; index < people; index += 1) {
    const id = `person-${String(index).padStart(3, '0')}`;
    tables.people.push(
      person({ id, relationship: index === 0 ? 'me' : 'report', name: `${longText(index, 12)} ${index}`, notes: longText(index, 300) }),
    );
    for (let item = 0; item < 60; item += 1) {
      const note = item % 4 === 0 ? longText(item, 80) : undefined;
      tables.ratingsByRater.push(rating(id, `frontend.L5.skill.${item}`, values[(item + index) % 3] ?? 'partly', { note }));
    }
    for (let entry = 0; entry < 3; entry += 1) {
      tables.evidence.push(evidence(id, { id: `${id}-evidence-${entry}`, text: longText(index + entry, entry === 0 ? 5000 : 400) }));
    }
    for (let week = 0; week < 6; week += 1) {
      const snapshotId = `${id}-week-${week}`;
      tables.snapshots.push(snapshot(id, `2026-0${week + 1}-05T09:00:00.000Z`, { id: snapshotId }));
      const ratings = Array.from({ length: 120 }, (_, item) => ({
        itemId: `frontend.L5.skill.${item}`,
        value: values[(item + week) % 3] ?? 'partly',
      }));
      tables.snapshotRatings.push({ snapshotId, personId: id, ratings });
    }
    tables.goals.push(goal(id, { id: `${id}-goal`, title: longText(index, 120), description: longText(index + 1, 2000) }));
    tables.meetings.push(
      meeting(id, '2026-03-04', { id: `${id}-meeting`, talkingPoints: longText(index + 2, 5000), decisions: 'قرار 决定 ✅' }),
    );
  }
  await writeAll(db, tables);
}

async function fileBytes(db: WorkspaceDatabase, pageRows?: number): Promise<Uint8Array> {
  return new Uint8Array(await (await buildBackupFile(db, 'manual', now, pageRows)).arrayBuffer());
}

describe('the backup file’s bytes', () => {
  it('are the whole-workspace export’s text, on the main thread and in the worker', async () => {
    const db = await openTestDatabase();
    await writeWorkspace(db, 40);
    const expected = new TextEncoder().encode(backupToJson(createBackup(await readWorkspace(db), 'manual', now)));
    expect(expected.length).toBeGreaterThan(1_000_000);
    expect(await fileBytes(db, pageSize)).toEqual(expected);
    expect(await fileBytes(db, workerPageSize)).toEqual(expected);
  });

  it('are the bytes the builder wrote before (SHA-256 of its file for this workspace)', async () => {
    const db = await openTestDatabase();
    await writeWorkspace(db, 40);
    const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    expect(digest(await fileBytes(db, pageSize))).toBe(oldBuilderSha256);
    expect(digest(await fileBytes(db, workerPageSize))).toBe(oldBuilderSha256);
  });
});

/** Every page the builder reads: its table, the rows it asked for, and the JSON characters it got. */
async function recordPages(db: WorkspaceDatabase): Promise<{ table: string; limit: number; rows: number; chars: number }[]> {
  const pages: { table: string; limit: number; rows: number; chars: number }[] = [];
  // Middleware takes effect when the database opens.
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'record-pages',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          query: async (request: DBCoreQueryRequest) => {
            const response = await table.query(request);
            const chars = response.result.reduce((sum: number, row: unknown) => sum + JSON.stringify(row).length, 0);
            pages.push({ table: name, limit: request.limit ?? Infinity, rows: response.result.length, chars });
            return response;
          },
        };
      },
    }),
  });
  await db.open();
  return pages;
}

describe('the pages the backup is read in', () => {
  it('hold about pageChars of text: a few big rows, or many small ones, never more rows than the caller allows', async () => {
    const db = await openTestDatabase();
    await writeWorkspace(db, 40);
    const pages = await recordPages(db);
    await fileBytes(db, workerPageSize);
    const snapshotRatings = pages.filter((page) => page.table === 'snapshotRatings');
    const ratings = pages.filter((page) => page.table === 'ratingsByRater');
    const biggestRow = 6_000;
    expect(snapshotRatings.length).toBeGreaterThan(10);
    for (const page of pages) expect(page.chars).toBeLessThanOrEqual(pageChars + biggestRow);
    // Small rows come many to a page: more than the main thread's 100, fewer trips to the database.
    expect(Math.max(...ratings.map((page) => page.rows))).toBeGreaterThan(pageSize);
    expect(Math.max(...pages.map((page) => page.limit))).toBeLessThanOrEqual(workerPageSize);

    pages.length = 0;
    await fileBytes(db, pageSize);
    expect(Math.max(...pages.map((page) => page.limit))).toBeLessThanOrEqual(pageSize);
    for (const page of pages) expect(page.chars).toBeLessThanOrEqual(pageChars + biggestRow);
  });

  it('are sized from the rows read so far', () => {
    expect(nextPageRows(0, 0, workerPageSize)).toBe(10);
    expect(nextPageRows(0, 0, 5)).toBe(5);
    expect(nextPageRows(10, 60_000, workerPageSize)).toBe(Math.floor(pageChars / 6_000));
    expect(nextPageRows(10, 1_700, workerPageSize)).toBe(Math.floor(pageChars / 170));
    expect(nextPageRows(10, 500, workerPageSize)).toBe(workerPageSize);
    expect(nextPageRows(10, 500, pageSize)).toBe(pageSize);
    expect(nextPageRows(1, 200_000, workerPageSize)).toBe(1);
  });
});
