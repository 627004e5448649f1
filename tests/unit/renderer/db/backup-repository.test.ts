/**
 * Backups: export → restore is exact, field by field, over generated workspaces; a restore replaces
 * everything and keeps a revert point; a damaged or foreign file is refused and changes nothing.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dismissRevertPoint, readWorkspace, restoreWorkspace, undoRestore } from '../../../../renderer/db/backup-repository';
import { meetingsFor } from '../../../../renderer/db/meetings-repository';
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { revertPointInfo } from '../../../../renderer/db/workspace-settings';
import { actionsShownIn } from '../../../../shared/workspace/meetings';
import { backupToJson, createBackup, emptyWorkspaceTables, readBackup, type WorkspaceTables } from '../../../../shared/backup/backup-file';
import { workspaceTableNames } from '../../../../shared/backup/backup-marker';
import { sorted, workspace, writeAll } from './workspace-arbitrary';
import { careerMapId, openTestDatabase, person, revertPointRecords, testDatabaseName } from './workspace-test-database';

const empty: WorkspaceTables = emptyWorkspaceTables();

describe('backup and restore', () => {
  it('backs up every table the workspace has', async () => {
    const db = await openTestDatabase();
    const kept = db.tables.map((table) => table.name).filter((table) => table !== 'revertRecords' && table !== 'workspaceSettings');
    expect(kept.sort()).toEqual([...workspaceTableNames].sort());
  });

  it('restores exactly what was backed up, field by field, through the file', async () => {
    await fc.assert(
      fc.asyncProperty(workspace, async (tables) => {
        const source = await openWorkspaceDatabase(testDatabaseName());
        await writeAll(source, tables);
        const file = backupToJson(createBackup(await readWorkspace(source), 'manual'));
        source.close();

        const read = readBackup('Waymark backup.json', file);
        if (!read.ok) throw new Error(read.message);
        const target = await openWorkspaceDatabase(testDatabaseName());
        await target.people.add({
          id: 'someone-else',
          name: 'Replaced',
          relationship: 'me',
          target: null,
          expectedProficiency: 3,
          notes: '',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        });
        await restoreWorkspace(target, read.backup.tables);
        expect(sorted(await readWorkspace(target))).toEqual(sorted(tables));
        target.close();
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a revert point of what a restore replaced, which undo puts back and which stays until used or dismissed', async () => {
    const name = testDatabaseName();
    const db = await openWorkspaceDatabase(name);
    const before = person({ id: 'before', name: 'Before', relationship: 'me' });
    await db.people.add(before);
    const replacement: WorkspaceTables = { ...empty, people: [person({ id: 'after', name: 'After', relationship: 'me' })] };

    await restoreWorkspace(db, replacement, new Date('2026-11-23T10:00:00.000Z'));
    expect((await db.people.toArray()).map((row) => row.id)).toEqual(['after']);
    db.close();

    // Another session: the revert point is still there.
    const reopened = await openWorkspaceDatabase(name);
    expect(await revertPointInfo(reopened)).toEqual({ id: 'revert-point', createdAt: '2026-11-23T10:00:00.000Z' });
    expect(await revertPointRecords(reopened)).toEqual([before]);
    await undoRestore(reopened);
    expect(await reopened.people.toArray()).toEqual([before]);
    expect(await revertPointInfo(reopened)).toBeUndefined();
    expect(await reopened.revertRecords.count()).toBe(0);
    await expect(undoRestore(reopened)).rejects.toThrow('There is no restore to undo');

    await restoreWorkspace(reopened, replacement);
    await dismissRevertPoint(reopened);
    expect(await revertPointInfo(reopened)).toBeUndefined();
    expect(await reopened.revertRecords.count()).toBe(0);
    expect((await reopened.people.toArray()).map((row) => row.id)).toEqual(['after']);
    reopened.close();
  });

  it('replaces the revert point with each restore', async () => {
    const db = await openTestDatabase();
    await db.people.add(person({ id: 'first', relationship: 'me' }));
    await restoreWorkspace(db, { ...empty, people: [person({ id: 'second', relationship: 'me' })] });
    await restoreWorkspace(db, { ...empty, people: [person({ id: 'third', relationship: 'me' })] });
    const kept = await revertPointRecords(db);
    expect(kept.map((record) => Reflect.get(Object(record), 'id'))).toEqual(['second']);
  });

  it('copies the revert point and restores a backup a page at a time, and undoes it in order', async () => {
    const db = await openTestDatabase();
    const people = Array.from({ length: 7 }, (_, index) =>
      person({ id: `before-${index}`, name: `사람 ${index}`, relationship: index === 0 ? 'me' : 'report' }),
    );
    await db.people.bulkAdd(people);
    const after = Array.from({ length: 5 }, (_, index) => person({ id: `after-${index}`, relationship: index === 0 ? 'me' : 'report' }));
    const pagesAsked: number[] = [];
    const backup = {
      count: () => 0,
      *pages<Name extends keyof WorkspaceTables>(table: Name, rows: number): Iterable<WorkspaceTables[Name]> {
        pagesAsked.push(rows);
        const all = ({ ...empty, people: after } satisfies WorkspaceTables)[table];
        for (let start = 0; start < all.length; start += 2) yield all.slice(start, start + 2) as typeof all;
      },
    };
    await restoreWorkspace(db, backup, new Date(), 3);
    expect(pagesAsked).toEqual(workspaceTableNames.map(() => 3));
    expect(await db.people.toArray()).toEqual(after);
    // The revert point keeps the people as pages, one row each, in their order.
    const pages = await db.revertRecords.where('table').equals('people').sortBy('position');
    expect(pages.map((row) => row.position)).toEqual(pages.map((_, index) => index));
    expect(pages.length).toBeGreaterThan(1);
    expect(await revertPointRecords(db, 'people')).toEqual(people);
    await undoRestore(db);
    expect(await db.people.toArray()).toEqual(people);
  });

  it('undoes a restore whose revert point was kept a record a row, as before pages', async () => {
    const db = await openTestDatabase();
    const people = [person({ id: 'kept-0', relationship: 'me' }), person({ id: 'kept-1', name: 'Zoë 🌱', relationship: 'report' })];
    await db.people.add(person({ id: 'restored', relationship: 'me' }));
    await db.revertRecords.bulkAdd(people.map((record, position) => ({ table: 'people' as const, position, record })));
    await db.workspaceSettings.put({ id: 'revert-point', createdAt: '2026-11-30T09:00:00.000Z' });
    await undoRestore(db);
    expect(await db.people.toArray()).toEqual(people);
    expect(await db.revertRecords.count()).toBe(0);
  });

  it.each([
    [
      'not JSON',
      '{"format": "waymark-backup", "formatVersion": 1, "tab',
      /^x\.json is not a Waymark backup: it is not JSON, or it was cut short\./,
    ],
    [
      'another program’s JSON',
      '{"name": "my settings"}',
      /^x\.json is not a Waymark backup\. It was not restored and nothing was changed\./,
    ],
    ['a newer format', '{"format": "waymark-backup", "formatVersion": 9}', /^x\.json was written by a newer Waymark \(backup format 9\)\./],
    [
      'a damaged record',
      JSON.stringify({
        ...createBackup(emptyWorkspaceTables(), 'manual'),
        tables: { people: [{ id: 'x' }] },
      }),
      /^x\.json is damaged: person 1, name: /,
    ],
  ])('refuses %s with a clear message', (_name, content, message) => {
    const read = readBackup('x.json', content);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toMatch(message);
  });

  it('reads a backup of the first format, its ratings as self-ratings', () => {
    const rating = {
      personId: 'me',
      frameworkId: careerMapId,
      itemId: 'frontend.L5.skill.1',
      value: 'partly',
      updatedAt: '2026-01-06T10:15:26.334Z',
    };
    const { people, evidence, snapshots, snapshotRatings, goals, meetings, importedFrameworks } = empty;
    const me = person({ id: 'me', relationship: 'me' });
    const tables = {
      people: [...people, me],
      ratings: [rating],
      evidence,
      snapshots,
      snapshotRatings,
      goals,
      meetings,
      importedFrameworks,
    };
    const file = JSON.stringify({
      format: 'waymark-backup',
      formatVersion: 1,
      createdAt: '2026-02-01T09:00:00.000Z',
      reason: 'manual',
      tables,
    });

    const read = readBackup('old.json', file);

    if (!read.ok) throw new Error(read.message);
    expect(read.backup.tables.ratingsByRater).toEqual([{ ...rating, rater: 'self' }]);
    expect(read.backup.tables.exchangeReceipts).toEqual([]);
    expect(read.backup.formatVersion).toBe(3);
  });

  it('reads a backup of the second format with its copied 1:1 actions merged, says so, and restores them as one action each', async () => {
    const copied = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../fixtures/db/copied-actions-v5.json'), 'utf8')) as {
      tables: Pick<WorkspaceTables, 'people' | 'meetings'>;
    };
    const file = JSON.stringify({
      format: 'waymark-backup',
      formatVersion: 2,
      createdAt: '2026-03-04T09:00:00.000Z',
      reason: 'manual',
      tables: { ...empty, ...copied.tables },
    });

    const read = readBackup('Waymark backup 2026-03-04.json', file);

    if (!read.ok) throw new Error(read.message);
    expect(read.backup.formatVersion).toBe(3);
    expect(read.notices).toContain(
      '6 copies of 1:1 actions carried over by an earlier Waymark will be merged into the action they were copied from: each action is kept once, in the 1:1 it was agreed in, and shown in the later ones.',
    );
    const db = await openTestDatabase();
    await restoreWorkspace(db, read.backup.tables);
    const personId = copied.tables.meetings[0]?.personId ?? '';
    const meetings = await meetingsFor(db, personId);
    expect(meetings.flatMap((meeting) => meeting.actions).filter((action) => action.carriedFrom === undefined)).toHaveLength(4);
    const newest = meetings[0];
    if (!newest) throw new Error('no 1:1 restored');
    expect(actionsShownIn(newest, meetings).map((shown) => [shown.action.text, shown.action.owner, shown.action.dueDate])).toEqual([
      ['Follow up', 'manager', undefined],
      ['Follow up', 'coach', undefined],
      ['Ask the platform lead about shadowing.', 'coach', '2026-03-31'],
    ]);

    // Written again, the file has today's shape and reads back the same, with nothing left to merge.
    const again = readBackup('again.json', backupToJson(createBackup(await readWorkspace(db), 'manual')));
    if (!again.ok) throw new Error(again.message);
    expect(again.notices.filter((notice) => notice.includes('1:1 actions'))).toEqual([]);
    expect(sorted(again.backup.tables)).toEqual(sorted(read.backup.tables));
  });
});
