/**
 * Restoring damaged backups, as a property: generated workspaces, given generated damage (records of
 * people not in the file, duplicate keys, wrong types, deep nesting, two "you"s or none, unknown
 * fields), are either restored exactly or refused before anything is written — and after a refusal the
 * workspace on disk is byte for byte what it was.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkspace, restoreWorkspace } from '../../../../renderer/db/backup-repository';
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { backupToJson, createBackup, readBackup, type WorkspaceTables } from '../../../../shared/backup/backup-file';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';
import { sorted, workspace, writeAll } from './workspace-arbitrary';
import { careerMapId, testDatabaseName } from './workspace-test-database';

type Json = Record<string, unknown>;
type Damage = { kind: 'none' | 'unknown-field' } | { kind: 'refused'; what: string; apply: (tables: Record<string, Json[]>) => void };

const bundled = [loadCareerMap(), loadRoleCard()];
const ghost = '00000000-0000-4000-8000-00000000dead';
const deepMarker = 'DEEP-NESTING-';

const index = fc.nat({ max: 1000 });
const pick = <T>(rows: T[], at: number): T | undefined => rows[at % Math.max(1, rows.length)];

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.constant<Damage>({ kind: 'none' }),
  fc.constant<Damage>({ kind: 'unknown-field' }),
  fc.record({ table: fc.constantFrom('ratingsByRater', 'evidence', 'goals', 'meetings'), at: index }).map(({ table, at }): Damage => ({
    kind: 'refused',
    what: `a ${table} record of a person not in the file`,
    apply: (tables) => {
      const row = pick(tables[table] ?? [], at);
      if (row) row.personId = ghost;
      else
        tables.ratingsByRater?.push({
          personId: ghost,
          frameworkId: careerMapId,
          rater: 'self',
          itemId: 'x.1',
          value: 'partly',
          updatedAt: '2026-01-01T00:00:00.000Z',
        });
    },
  })),
  index.map((at): Damage => ({
    kind: 'refused',
    what: 'a duplicate key',
    apply: (tables) => {
      const people = tables.people ?? [];
      const row = pick(people, at);
      if (row) people.push({ ...row, relationship: 'report', name: 'Copy' });
    },
  })),
  fc
    .record({
      at: index,
      wrong: fc.oneof(
        fc.record({
          field: fc.constantFrom('name', 'relationship', 'createdAt', 'target', 'expectedProficiency', 'id', 'notes'),
          value: fc.constantFrom<unknown>(42, true, [], {}),
        }),
        fc.constantFrom(
          { field: 'relationship', value: 'boss' },
          { field: 'createdAt', value: 'yesterday' },
          { field: 'id', value: '' },
          { field: 'expectedProficiency', value: 7 },
        ),
      ),
    })
    .map(({ at, wrong }): Damage => ({
      kind: 'refused',
      what: `${String(wrong.field)} set to ${JSON.stringify(wrong.value)}`,
      apply: (tables) => {
        const row = pick(tables.people ?? [], at);
        if (row) row[wrong.field] = wrong.value;
      },
    })),
  fc.integer({ min: 33, max: 100_000 }).map((depth): Damage => ({
    kind: 'refused',
    what: `nesting ${depth} deep`,
    apply: (tables) => {
      // A marker, replaced in the text: building the nesting as objects would overflow the test's own stack.
      const first = tables.people?.[0];
      if (first) first.notes = `${deepMarker}${depth}`;
    },
  })),
  fc.constant<Damage>({
    kind: 'refused',
    what: 'two people marked as you',
    apply: (tables) => {
      const first = tables.people?.[0];
      if (first) tables.people?.push({ ...first, id: ghost });
    },
  }),
  fc.constant<Damage>({
    kind: 'refused',
    what: 'nobody marked as you',
    apply: (tables) => {
      const first = tables.people?.[0];
      if (first) first.relationship = 'client';
    },
  }),
);

/** Everything in the database as stored, every table, in one string: the bytes a refusal must not change. */
async function dump(name: string): Promise<string> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const tables = await Promise.all(raw.tables.map(async (table) => [table.name, await table.toArray()] as const));
    return JSON.stringify(tables);
  } finally {
    raw.close();
  }
}

describe('restoring a damaged backup', () => {
  it('restores it exactly or refuses it before any write, leaving the workspace as it was', async () => {
    await fc.assert(
      fc.asyncProperty(
        workspace,
        workspace,
        damage,
        fc.string({ minLength: 1, maxLength: 12 }),
        async (existing, backedUp, harm, field) => {
          const name = testDatabaseName();
          const db = await openWorkspaceDatabase(name);
          await writeAll(db, existing);
          // A revert point already there, to show a refusal leaves that alone too.
          await restoreWorkspace(db, existing);

          const file = JSON.parse(backupToJson(createBackup(backedUp, 'manual'))) as { tables: Record<string, Json[]> };
          if (harm.kind === 'refused') harm.apply(file.tables);
          if (harm.kind === 'unknown-field') {
            const row = file.tables.people?.[0];
            if (row) row[`unknown ${field}`] = { kept: false };
          }
          const before = await dump(name);

          const text = JSON.stringify(file).replace(
            new RegExp(`"${deepMarker}(\\d+)"`),
            (_, depth: string) => `${'['.repeat(Number(depth))}"deep"${']'.repeat(Number(depth))}`,
          );
          const read = readBackup('Waymark backup.json', text, bundled);
          if (harm.kind === 'refused') {
            expect(read.ok, harm.what).toBe(false);
            expect(read.ok ? '' : read.message).toMatch(/^Waymark backup\.json .*It was not restored and nothing was changed\./);
            expect(await dump(name)).toBe(before);
          } else {
            if (!read.ok) throw new Error(read.message);
            await restoreWorkspace(db, read.backup.tables);
            const restored: WorkspaceTables = await readWorkspace(db);
            expect(sorted(restored)).toEqual(sorted(backedUp));
            expect(read.notices.length).toBe(harm.kind === 'unknown-field' ? 1 : 0);
          }
          db.close();
        },
      ),
      { numRuns: 100 },
    );
  });
});
