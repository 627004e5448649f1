/**
 * Backups: export → restore is exact, field by field, over generated workspaces; a restore replaces
 * everything and keeps a revert point; a damaged or foreign file is refused and changes nothing.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRevertPoint, readWorkspace, restoreWorkspace } from '../../../../renderer/db/backup-repository';
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { backupToJson, createBackup, readBackup, workspaceTableNames, type WorkspaceTables } from '../../../../shared/backup/backup-file';
import type { Person } from '../../../../shared/workspace/schema';
import { careerMapId, openTestDatabase, testDatabaseName } from './workspace-test-database';

const timestamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const day = timestamp.map((stamp) => stamp.slice(0, 10));
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((value) => value.trim().length > 0);
const ratingValue = fc.constantFrom('not-yet', 'partly', 'consistently', 'not-applicable', 0, 1, 2, 3, 4) as fc.Arbitrary<
  WorkspaceTables['ratingsByRater'][number]['value']
>;

const workspace: fc.Arbitrary<WorkspaceTables> = fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 4 }).chain((ids) =>
  fc.record({
    people: fc.tuple(
      ...ids.map((id, index) =>
        fc.record({
          id: fc.constant(id),
          name: fc.string({ unit: 'grapheme', maxLength: 30 }),
          relationship: fc.constant<Person['relationship']>(index === 0 ? 'me' : 'report'),
          target: fc.option(fc.record({ frameworkId: fc.constant(careerMapId), trackId: fc.constantFrom('frontend', 'infrastructure') }), {
            nil: null,
          }),
          expectedProficiency: fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<Person['expectedProficiency']>,
          notes: fc.string({ unit: 'grapheme', maxLength: 60 }),
          createdAt: timestamp,
          updatedAt: timestamp,
        }),
      ),
    ),
    ratingsByRater: fc.uniqueArray(
      fc.record({
        personId: fc.constantFrom(...ids),
        frameworkId: fc.constant(careerMapId),
        rater: fc.constantFrom('self', 'manager', 'agreed'),
        itemId: fc.constantFrom('frontend.L5.skill.1', 'frontend.L5.skill.2', 'infrastructure.L1.experience.1'),
        value: ratingValue,
        note: fc.option(text, { nil: undefined }),
        updatedAt: timestamp,
      }),
      { selector: (rating) => `${rating.personId}|${rating.rater}|${rating.itemId}`, maxLength: 8 },
    ),
    evidence: fc.array(
      fc.record({
        id: fc.uuid(),
        personId: fc.constantFrom(...ids),
        date: day,
        text,
        frameworkId: fc.constant(careerMapId),
        itemIds: fc.constant(['frontend.L5.skill.1']),
        createdAt: timestamp,
      }),
      { maxLength: 3 },
    ),
    snapshots: fc.constant([]),
    snapshotRatings: fc.constant([]),
    goals: fc.array(
      fc.record({
        id: fc.uuid(),
        personId: fc.constantFrom(...ids),
        frameworkId: fc.constant(careerMapId),
        title: text,
        itemIds: fc.constant([]),
        owner: fc.constantFrom('me', 'manager', 'coach'),
        status: fc.constantFrom('planned', 'in-progress', 'done', 'dropped'),
        actions: fc.constant([]),
        evidenceIds: fc.constant([]),
        order: fc.nat(),
        archived: fc.boolean(),
        createdAt: timestamp,
        updatedAt: timestamp,
      }) as fc.Arbitrary<WorkspaceTables['goals'][number]>,
      { maxLength: 3 },
    ),
    meetings: fc.array(
      fc.record({
        id: fc.uuid(),
        personId: fc.constantFrom(...ids),
        date: day,
        talkingPoints: fc.string({ unit: 'grapheme', maxLength: 40 }),
        decisions: fc.string({ maxLength: 20 }),
        actions: fc.constant([]),
        private: fc.boolean(),
        createdAt: timestamp,
        updatedAt: timestamp,
      }),
      { maxLength: 3 },
    ),
    importedFrameworks: fc.constant([]),
    exchangeReceipts: fc.uniqueArray(
      fc.record({
        personId: fc.constantFrom(...ids),
        frameworkId: fc.constant(careerMapId),
        kind: fc.constantFrom('self-assessment', 'review'),
        exportedAt: timestamp,
        importedAt: timestamp,
        fileName: text,
      }),
      { selector: (receipt) => `${receipt.personId}|${receipt.kind}`, maxLength: 2 },
    ),
  }),
);

const emptyTables: WorkspaceTables = {
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

/** Rows in a stable order, so two workspaces compare by content. */
function sorted(tables: WorkspaceTables) {
  return Object.fromEntries(workspaceTableNames.map((name) => [name, [...tables[name]].map((row) => JSON.stringify(row)).sort()]));
}

async function writeAll(db: Awaited<ReturnType<typeof openTestDatabase>>, tables: WorkspaceTables) {
  await db.transaction(
    'rw',
    workspaceTableNames.map((name) => db.table(name)),
    async () => {
      for (const name of workspaceTableNames) await db.table(name).bulkAdd(tables[name]);
    },
  );
}

describe('backup and restore', () => {
  it('backs up every table the workspace has', async () => {
    const db = await openTestDatabase();
    expect(db.tables.map((table) => table.name).sort()).toEqual([...workspaceTableNames].sort());
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
        await restoreWorkspace(target, read.backup);
        expect(sorted(await readWorkspace(target))).toEqual(sorted(tables));
        target.close();
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a revert point of what a restore replaced', async () => {
    const db = await openTestDatabase();
    await db.people.add({
      id: 'before',
      name: 'Before',
      relationship: 'me',
      target: null,
      expectedProficiency: 3,
      notes: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const empty = createBackup(emptyTables, 'manual');
    await restoreWorkspace(db, empty);
    expect(await db.people.count()).toBe(0);
    const revert = await readRevertPoint(db);
    expect(revert?.reason).toBe('revert-point');
    expect(revert?.tables.people.map((person) => person.id)).toEqual(['before']);
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
        ...createBackup(emptyTables, 'manual'),
        tables: { people: [{ id: 'x' }] },
      }),
      /^x\.json is damaged: tables\.people\.0\.name: /,
    ],
  ])('refuses %s with a clear message', (_name, content, message) => {
    const read = readBackup('x.json', content);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.message).toMatch(message);
  });

  it('reads a backup of the first format, its ratings as self-ratings', () => {
    const rating = {
      personId: 'p',
      frameworkId: careerMapId,
      itemId: 'frontend.L5.skill.1',
      value: 'partly',
      updatedAt: '2026-01-06T10:15:26.334Z',
    };
    // The first format had no rater and no exchange receipts.
    const { people, evidence, snapshots, snapshotRatings, goals, meetings, importedFrameworks } = emptyTables;
    const tables = { people, ratings: [rating], evidence, snapshots, snapshotRatings, goals, meetings, importedFrameworks };
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
    expect(read.backup.formatVersion).toBe(2);
  });
});
