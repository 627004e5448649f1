/**
 * Damage done to a backup file, for property tests of reading one: records of people not in the file,
 * duplicate keys, wrong types, deep nesting, two "you"s or none, unknown fields — or none at all.
 */
import fc from 'fast-check';
import { backupToJson, createBackup, type WorkspaceTables } from '../../../../shared/backup/backup-file';
import { careerMapId } from './workspace-test-database';

export type Json = Record<string, unknown>;
export type Damage =
  { kind: 'none' | 'unknown-field' } | { kind: 'refused'; what: string; apply: (tables: Record<string, Json[]>) => void };

const ghost = '00000000-0000-4000-8000-00000000dead';
const deepMarker = 'DEEP-NESTING-';

const index = fc.nat({ max: 1000 });
const pick = <T>(rows: T[], at: number): T | undefined => rows[at % Math.max(1, rows.length)];

export const damage: fc.Arbitrary<Damage> = fc.oneof(
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

/** The backup file of `tables` with `harm` done to it (`field`: the name of an unknown field, for that harm). */
export function damagedBackupText(tables: WorkspaceTables, harm: Damage, field: string): string {
  const file = JSON.parse(backupToJson(createBackup(tables, 'manual'))) as { tables: Record<string, Json[]> };
  if (harm.kind === 'refused') harm.apply(file.tables);
  if (harm.kind === 'unknown-field') {
    const row = file.tables.people?.[0];
    if (row) row[`unknown ${field}`] = { kept: false };
  }
  return JSON.stringify(file).replace(
    new RegExp(`"${deepMarker}(\\d+)"`),
    (_, depth: string) => `${'['.repeat(Number(depth))}"deep"${']'.repeat(Number(depth))}`,
  );
}
