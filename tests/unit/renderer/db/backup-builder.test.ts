/**
 * The backup file built table by table, a page at a time: the same document the whole-workspace
 * export writes, over generated workspaces and over tables many pages long (compound keys included),
 * locked or not; and the restore's revert point, copied a page at a time, gives every record back.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackupFile } from '../../../../renderer/db/backup-builder';
import { readWorkspace, restoreWorkspace, summariseWorkspace, undoRestore } from '../../../../renderer/db/backup-repository';
import { pageSize } from '../../../../renderer/db/paged-read';
import { setPassphrase } from '../../../../renderer/db/workspace-lock';
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { createBackup, readBackup, type WorkspaceTables } from '../../../../shared/backup/backup-file';
import { workspace, writeAll } from './workspace-arbitrary';
import { openTestDatabase, person, rating, revertPointRecords, testDatabaseName } from './workspace-test-database';

/** A workspace whose ratings (by every rater) and people run over several pages, with text in several scripts. */
async function manyPages(db: Awaited<ReturnType<typeof openTestDatabase>>) {
  const me = person({ relationship: 'me', name: 'Zoë 🚀' });
  const people = [me, ...Array.from({ length: pageSize + 5 }, (_, index) => person({ name: `Мария ${index} «Ω»` }))];
  await db.people.bulkAdd(people);
  const values = ['not-yet', 'partly', 'consistently'] as const;
  // Every rater, so the rater-keyed table's compound key runs across page boundaries.
  const raters = ['self', 'manager', 'agreed'] as const;
  await db.ratingsByRater.bulkAdd(
    Array.from({ length: pageSize * 2 + 17 }, (_, index) =>
      rating(people[index % 7]?.id ?? me.id, `frontend.L${(index % 9) + 1}.skill.${index}`, values[index % 3] ?? 'partly', {
        note: index % 5 === 0 ? `設計 ${index}` : undefined,
        rater: raters[index % raters.length],
      }),
    ),
  );
}

async function fileText(db: Awaited<ReturnType<typeof openTestDatabase>>, now: Date) {
  return (await buildBackupFile(db, 'manual', now)).text();
}

describe('the backup file built a page at a time', () => {
  it('is the same document as the whole workspace written at once, for any workspace', async () => {
    await fc.assert(
      fc.asyncProperty(workspace, async (tables) => {
        const db = await openWorkspaceDatabase(testDatabaseName());
        await writeAll(db, tables);
        const now = new Date('2026-11-23T10:00:00.000Z');
        const built: unknown = JSON.parse(await fileText(db, now));
        expect(built).toEqual(JSON.parse(JSON.stringify(createBackup(await readWorkspace(db), 'manual', now))));
        db.close();
      }),
      { numRuns: 15 },
    );
  });

  it('holds every row of tables many pages long, in key order, and reads back as a valid backup', async () => {
    const db = await openTestDatabase();
    await manyPages(db);
    const text = await fileText(db, new Date('2026-11-23T10:00:00.000Z'));
    expect(text.endsWith('}}\n')).toBe(true);
    const read = readBackup('backup.json', text);
    if (!read.ok) throw new Error(read.message);
    expect(read.backup.tables).toEqual(await readWorkspace(db));
    expect(read.backup.tables.ratingsByRater).toHaveLength(pageSize * 2 + 17);
    expect(read.backup.tables.people).toHaveLength(pageSize + 6);
  });

  it('reads a locked workspace with its key, so the file holds the records, not their sealed form', async () => {
    const db = await openTestDatabase();
    await manyPages(db);
    const before = await readWorkspace(db);
    await setPassphrase(db, 'correct horse battery', 1000);
    const read = readBackup('backup.json', await fileText(db, new Date()));
    if (!read.ok) throw new Error(read.message);
    expect(read.backup.tables).toEqual(before);
  });
});

describe('the restore over a workspace many pages long', () => {
  it('counts it for the preview, keeps every record as the revert point, and Undo gives every one back', async () => {
    const db = await openTestDatabase();
    await manyPages(db);
    const before = await readWorkspace(db);
    const contents = await summariseWorkspace(db);
    expect(contents.people).toHaveLength(pageSize + 6);
    expect(contents.counts.find((entry) => entry.table === 'ratingsByRater')?.count).toBe(pageSize * 2 + 17);

    const replacement: WorkspaceTables = { ...before, people: [person({ relationship: 'me', name: 'Only me' })], ratingsByRater: [] };
    await restoreWorkspace(db, replacement);
    expect(await revertPointRecords(db, 'people')).toEqual(before.people);
    expect(await revertPointRecords(db, 'ratingsByRater')).toEqual(before.ratingsByRater);
    expect((await readWorkspace(db)).people.map((entry) => entry.name)).toEqual(['Only me']);
    await undoRestore(db);
    expect(await readWorkspace(db)).toEqual(before);
  });
});
