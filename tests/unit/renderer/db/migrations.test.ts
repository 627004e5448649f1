/**
 * The migration harness (conventions §6): every tests/fixtures/db/v<n>.json is a workspace as schema
 * version n wrote it. Each is written with only the versions up to n, then opened by today's code, which
 * must upgrade it so that every row still parses. Adding schema version n + 1 means adding v<n+1>.json;
 * it is picked up here without touching this file.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { workspaceTablesSchema } from '../../../../shared/backup/backup-file';
import { actionsShownIn } from '../../../../shared/workspace/meetings';
import { meetingSchema, personSchema, type Meeting } from '../../../../shared/workspace/schema';
import { meetingsFor } from '../../../../renderer/db/meetings-repository';
import { deriveKey } from '../../../../renderer/db/sealing';
import { isSealedRow, sealingMiddleware, setWorkspaceKey } from '../../../../renderer/db/sealing-middleware';
import { unlockWorkspace } from '../../../../renderer/db/workspace-lock';
import { ensureMe } from '../../../../renderer/db/people-repository';
import { latestSchemaVersion, schemaVersions } from '../../../../renderer/db/schema-versions';
import { openWorkspaceDatabase, WorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { revertRecordSchema, workspaceSettingSchema } from '../../../../renderer/db/workspace-settings';
import { lockSettingsFor, openTestDatabase, revertPointRecords, testDatabaseName } from './workspace-test-database';

const fixturesFolder = resolve(import.meta.dirname, '../../../fixtures/db');

const fixtureSchema = z.object({
  version: z.number().int().positive(),
  description: z.string(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/** What each table of today's database must hold: the same row schemas a backup is checked with, and the settings' own. */
const rowSchemas: Record<string, z.ZodType> = {
  ...Object.fromEntries(Object.entries(workspaceTablesSchema.shape).map(([table, rows]) => [table, rows.element])),
  revertRecords: revertRecordSchema,
  workspaceSettings: workspaceSettingSchema,
};

const fixtureFiles = readdirSync(fixturesFolder)
  .filter((file) => /^v\d+\.json$/.test(file))
  .sort((a, b) => versionOf(a) - versionOf(b));

/**
 * Tables that took over another's rows in a version (a primary key cannot change, so the rows move):
 * in a fixture older than that version, their rows are under the old name.
 */
const movedTables: Record<string, { from: string; inVersion: number }> = {
  ratingsByRater: { from: 'ratings', inVersion: 5 },
};

function fixtureRows(fixture: { version: number; tables: Record<string, unknown[]> }, table: string): unknown[] {
  const moved = movedTables[table];
  const name = moved && fixture.version < moved.inVersion ? moved.from : table;
  return fixture.tables[name] ?? [];
}

function versionOf(file: string): number {
  return Number(/^v(\d+)\.json$/.exec(file)?.[1]);
}

function readFixture(file: string) {
  return fixtureSchema.parse(JSON.parse(readFileSync(resolve(fixturesFolder, file), 'utf8')));
}

/** Creates a database exactly as the Waymark of `version` would have: its schema versions and no later. */
async function writeAsVersion(name: string, version: number, tables: Record<string, unknown[]>): Promise<void> {
  const old = new Dexie(name);
  for (const entry of schemaVersions.filter((candidate) => candidate.version <= version)) {
    old.version(entry.version).stores(entry.stores);
  }
  await old.open();
  await old.transaction('rw', Object.keys(tables), async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('schema versions', () => {
  it('start at 1 and only ever go up by one', () => {
    expect(schemaVersions.map((entry) => entry.version)).toEqual(schemaVersions.map((_, index) => index + 1));
    expect(latestSchemaVersion).toBe(schemaVersions.length);
  });

  it('each have a fixture written by that version', () => {
    expect(fixtureFiles.map(versionOf)).toEqual(schemaVersions.map((entry) => entry.version));
  });

  it('opened with only the newest shape, have the same tables, keys and indexes as with every version', async () => {
    const shapeOf = (db: WorkspaceDatabase) =>
      db.tables
        .map((table) => [table.name, table.schema.primKey.src, table.schema.indexes.map((index) => index.src).sort()])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

    const newest = new WorkspaceDatabase(testDatabaseName(), 'default', 'newest');
    const everyVersion = new WorkspaceDatabase(testDatabaseName(), 'default', 'every-version');

    expect(shapeOf(newest)).toEqual(shapeOf(everyVersion));
    expect(newest.verno).toBe(everyVersion.verno);
  });

  it('give every table a row schema to check it with', async () => {
    const db = await openTestDatabase();
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(rowSchemas).sort());
  });
});

/** The upgraded workspace is at the newest version, with as many rows as the fixture, each one valid. */
async function expectEveryRowIntactAndValid(db: WorkspaceDatabase, fixture: ReturnType<typeof readFixture>) {
  expect(db.verno).toBe(latestSchemaVersion);
  for (const table of db.tables) {
    const rowSchema = rowSchemas[table.name];
    if (!rowSchema) throw new Error(`No row schema for the table "${table.name}"`);
    const rows = await table.toArray();
    expect(rows, table.name).toHaveLength(fixtureRows(fixture, table.name).length);
    for (const row of rows) expect(rowSchema.safeParse(row).error, `${table.name} ${JSON.stringify(row)}`).toBeUndefined();
  }
}

describe.each(fixtureFiles)('a workspace written by %s', (file) => {
  const fixture = readFixture(file);

  it('names its own version', () => {
    expect(fixture.version).toBe(versionOf(file));
  });

  it('opens in this Waymark with every row intact and valid', async () => {
    const name = testDatabaseName();
    await writeAsVersion(name, fixture.version, fixture.tables);

    const db = await openTestDatabase(name);

    await expectEveryRowIntactAndValid(db, fixture);
  });

  it('is still upgraded step by step when the list of databases wrongly says it is in the newest shape', async () => {
    const name = testDatabaseName();
    await writeAsVersion(name, fixture.version, fixture.tables);
    const staleListing = Promise.resolve([{ name, version: latestSchemaVersion * 10 }]);

    const db = await openWorkspaceDatabase(name, 'default', undefined, staleListing);
    onTestFinished(() => db.close());

    // Valid in the newest shape, not only there: rows left in an older shape fail their row schema.
    await expectEveryRowIntactAndValid(db, fixture);
  });

  it('keeps its "me" rather than creating another', async () => {
    const name = testDatabaseName();
    await writeAsVersion(name, fixture.version, fixture.tables);
    const db = await openTestDatabase(name);
    const before = await db.people.count();

    const me = await ensureMe(db);

    expect(await db.people.count()).toBe(before);
    expect(me.name).not.toBe('');
  });
});

describe('the second rater (version 5)', () => {
  it('keeps every earlier rating as the person’s own, with its value, note and date', async () => {
    const fixture = readFixture('v4.json');
    const name = testDatabaseName();
    await writeAsVersion(name, 4, fixture.tables);

    const db = await openTestDatabase(name);

    const expected = fixtureRows(fixture, 'ratingsByRater').map((rating) => ({ ...Object(rating), rater: 'self' }));
    expect(await db.ratingsByRater.toArray()).toEqual(expect.arrayContaining(expected));
    expect(await db.ratingsByRater.count()).toBe(expected.length);
  });

  it('keeps the ratings a revert point holds as self-ratings too, so undoing a restore still gives them back', async () => {
    const fixture = readFixture('v4.json');
    const name = testDatabaseName();
    await writeAsVersion(name, 4, fixture.tables);

    const db = await openTestDatabase(name);

    const kept = fixture.tables.revertRecords?.filter((row) => Reflect.get(Object(row), 'table') === 'ratings') ?? [];
    expect(kept.length).toBeGreaterThan(0);
    const moved = await revertPointRecords(db, 'ratingsByRater');
    expect(moved).toEqual(kept.map((row) => ({ ...Reflect.get(Object(row), 'record'), rater: 'self' })));
    expect(await db.revertRecords.where('table').equals('ratings').count()).toBe(0);
  });
});

describe('single 1:1 actions (version 6)', () => {
  const copied = readFixture('copied-actions-v5.json');
  const entry = (n: number) => `c0ffee00-0000-4000-8000-00000000000${n}`;
  const review = 'aaaaaaaa-0000-4000-8000-000000000001';
  const shadowing = 'bbbbbbbb-0000-4000-8000-000000000001';

  /** Each entry's own actions (id, done, owner, due date) and what it brings in, oldest entry first. */
  async function entries(meetings: readonly Meeting[]) {
    return [...meetings]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((meeting) => ({
        actions: meeting.actions.map((action) => [action.id.slice(0, 8), action.done, action.owner, action.dueDate ?? null]),
        brought: meeting.broughtActionIds ?? [],
        shows: actionsShownIn(meeting, meetings).map((shown) => shown.action.id.slice(0, 8)),
      }));
  }

  const expected = [
    {
      actions: [
        ['aaaaaaaa', true, 'me', '2026-02-14'],
        ['ffffffff', false, 'manager', null],
        ['ffffffff', false, 'coach', null],
      ],
      brought: [],
      shows: ['aaaaaaaa', 'ffffffff', 'ffffffff'],
    },
    {
      // The two "Follow up" copies cannot be told apart: they stay as they were.
      actions: [
        [entry(2), true, 'manager', null],
        [entry(2), true, 'coach', null],
        ['bbbbbbbb', false, 'coach', '2026-03-31'],
      ].map(([id, ...rest]) => [String(id).slice(0, 8), ...rest]),
      brought: [review],
      shows: [entry(2).slice(0, 8), entry(2).slice(0, 8), 'bbbbbbbb', 'aaaaaaaa', 'ffffffff', 'ffffffff'],
    },
    // The private entry had copies: they are brought into it, so it still shows them.
    { actions: [], brought: [review, shadowing], shows: ['aaaaaaaa', 'bbbbbbbb'] },
    { actions: [], brought: [review, shadowing], shows: ['aaaaaaaa', 'ffffffff', 'ffffffff', 'bbbbbbbb'] },
    // Done by the fourth entry, the review no longer shows in the fifth, as before.
    { actions: [], brought: [shadowing], shows: ['ffffffff', 'ffffffff', 'bbbbbbbb'] },
  ];

  it('merges the copies carried over five entries into one action each, losing no text', async () => {
    const name = testDatabaseName();
    await writeAsVersion(name, 5, copied.tables);

    const db = await openTestDatabase(name);

    const meetings = (await db.meetings.toArray()).map((row) => meetingSchema.parse(row));
    expect(await entries(meetings)).toEqual(expected);
    const texts = (rows: readonly unknown[]) =>
      new Set(rows.flatMap((row) => meetingSchema.parse(row).actions.map((action) => action.text)));
    expect(texts(meetings)).toEqual(texts(copied.tables.meetings ?? []));
    expect(meetings.map((meeting) => [meeting.talkingPoints, meeting.private])).toEqual(
      (copied.tables.meetings ?? []).map((row) => meetingSchema.parse(row)).map((meeting) => [meeting.talkingPoints, meeting.private]),
    );
  });

  it('merges them also when the list of databases wrongly says the workspace is in the newest shape', async () => {
    const name = testDatabaseName();
    await writeAsVersion(name, 5, copied.tables);
    const staleListing = Promise.resolve([{ name, version: latestSchemaVersion * 10 }]);

    const db = await openWorkspaceDatabase(name, 'default', undefined, staleListing);
    onTestFinished(() => db.close());

    const meetings = (await db.meetings.toArray()).map((row) => meetingSchema.parse(row));
    expect(await entries(meetings)).toEqual(expected);
  });

  it('merges a locked workspace’s sealed entries once it is unlocked, and keeps them sealed', async () => {
    const name = testDatabaseName();
    const settings = await lockSettingsFor('correct horse', 1000);
    const key = await deriveKey('correct horse', settings.salt, 1000);
    const old = new Dexie(name);
    old.use(sealingMiddleware(name, ['workspaceSettings']));
    for (const entry of schemaVersions.filter((candidate) => candidate.version <= 5)) old.version(entry.version).stores(entry.stores);
    setWorkspaceKey(name, key);
    await old.open();
    await old.transaction('rw', ['people', 'meetings', 'workspaceSettings'], async () => {
      await old.table('people').bulkAdd(copied.tables.people ?? []);
      await old.table('meetings').bulkAdd(copied.tables.meetings ?? []);
      await old.table('workspaceSettings').put(settings);
    });
    old.close();
    setWorkspaceKey(name, null);

    const db = await openTestDatabase(name);
    expect(db.verno).toBe(latestSchemaVersion);
    expect(await unlockWorkspace(db, 'correct horse')).toBe(true);
    const personId = meetingSchema.parse(copied.tables.meetings?.[0]).personId;

    expect(await entries(await meetingsFor(db, personId))).toEqual(expected);
    db.close();
    const raw = new Dexie(name);
    await raw.open();
    const rows: unknown[] = await raw.table('meetings').toArray();
    raw.close();
    expect(rows.every(isSealedRow)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('incident review');
    const again = await openTestDatabase(name);
    setWorkspaceKey(name, key);
    expect(await entries(await meetingsFor(again, personId))).toEqual(expected);
    setWorkspaceKey(name, null);
  });
});

describe('a workspace written by a newer Waymark', () => {
  async function writeNewerDatabase(name: string): Promise<void> {
    const newer = new Dexie(name);
    for (const entry of schemaVersions) newer.version(entry.version).stores(entry.stores);
    // A future version that drops an index today's code declares: Dexie 4 alone would re-add it.
    newer.version(latestSchemaVersion + 1).stores({ people: 'id', goals: 'id, personId' });
    await newer.open();
    await newer.table('people').add(personSchema.parse({ ...fixturePerson, name: 'From the future' }));
    newer.close();
  }

  const fixturePerson = {
    id: 'f7d1c2b3-0000-4000-8000-000000000001',
    name: '',
    relationship: 'me',
    target: null,
    createdAt: '2026-06-01T09:00:00.000Z',
    updatedAt: '2026-06-01T09:00:00.000Z',
  };

  it('is refused with a message that says what to do', async () => {
    const name = testDatabaseName();
    await writeNewerDatabase(name);

    const opening = openWorkspaceDatabase(name);
    await expect(opening).rejects.toMatchObject({ name: 'WorkspaceError', kind: 'newer-version' });
    await expect(opening).rejects.toThrow(/newer version of Waymark.*Install the latest Waymark/);
  });

  it('is left exactly as it was', async () => {
    const name = testDatabaseName();
    await writeNewerDatabase(name);

    await expect(openWorkspaceDatabase(name)).rejects.toThrow();

    const asItIs = new Dexie(name);
    await asItIs.open();
    expect(asItIs.verno).toBe(latestSchemaVersion + 1);
    expect(asItIs.table('people').schema.indexes).toEqual([]);
    expect(await asItIs.table('people').toArray()).toMatchObject([{ name: 'From the future' }]);
    asItIs.close();
  });
});
