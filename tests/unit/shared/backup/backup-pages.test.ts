/**
 * Reading a backup from its bytes a page at a time gives exactly what reading it whole gives: the
 * same records, summary and notices for a good file, the same message for a damaged one — whatever
 * the damage (to its records, its header, its bytes or its layout), and across many pages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backupToJson,
  createBackup,
  emptyWorkspaceTables,
  readBackup,
  summariseContents,
  type WorkspaceRecords,
  type WorkspaceTables,
} from '../../../../shared/backup/backup-file';
import { workspaceTableNames } from '../../../../shared/backup/backup-marker';
import { checkPageRows, readBackupBytes } from '../../../../shared/backup/backup-pages';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';
import { damage, damagedBackupText } from '../../renderer/db/backup-damage';
import { workspace } from '../../renderer/db/workspace-arbitrary';
import { person, rating } from '../../renderer/db/workspace-test-database';

const bundled = [loadCareerMap(), loadRoleCard()];
const fileName = 'Waymark backup.json';

/** Every table of `records` read back, in pages of `size`. */
function allRecords(records: WorkspaceRecords, size: number): Record<string, unknown[]> {
  return Object.fromEntries(
    workspaceTableNames.map((table) => {
      const pages = [...records.pages(table, size)];
      expect(pages.every((page) => page.length <= size)).toBe(true);
      return [table, pages.flat()];
    }),
  );
}

/** Reads `bytes` both ways and expects the same outcome; whether it was refused. */
function expectSameReading(bytes: Uint8Array): boolean {
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  const paged = readBackupBytes(fileName, bytes, bundled);
  if (text === undefined) {
    expect(paged).toEqual({ ok: false, message: expect.stringContaining('it is not UTF-8 text') as unknown });
    return true;
  }
  const whole = readBackup(fileName, text, bundled);
  if (!whole.ok) {
    expect(paged).toEqual(whole);
    return true;
  }
  if (!paged.ok) throw new Error(`read whole but refused a page at a time: ${paged.message}`);
  expect(paged.notices).toEqual(whole.notices);
  expect(paged.summary).toEqual({
    createdAt: whole.backup.createdAt,
    reason: whole.backup.reason,
    ...summariseContents(whole.backup.tables.people, (table) => whole.backup.tables[table].length),
  });
  expect(allRecords(paged.records, 7)).toEqual(whole.backup.tables);
  return false;
}

/** Damage to the file as text or bytes, past what damage does to its records. */
const fileDamage = fc.oneof(
  fc.constant((text: string) => text),
  fc.constant((text: string) => (text.includes('[[[[[[') ? text : JSON.stringify(JSON.parse(text), null, 2))),
  fc.constant((text: string) => `\uFEFF${text}`),
  fc.nat().map((at) => (text: string) => text.slice(0, at % text.length)),
  fc.nat().map((at) => (text: string) => `${text.slice(0, at % text.length)},${text.slice(at % text.length)}`),
  fc.nat().map((at) => (text: string) => `${text.slice(0, at % text.length)}]${text.slice(at % text.length)}`),
  fc
    .constantFrom('"formatVersion":2', '"formatVersion":4', '"formatVersion":"3"', '"reason":"whenever"', '"createdAt":"today"')
    .map((field) => (text: string) => text.replace(/"formatVersion":3/, field).replace(/"reason":"manual"/, field)),
  fc.constant((text: string) => text.replaceAll('"updatedAt":"', '"updatedAt":"not ')),
  fc.constant((text: string) => text.replace('"tables":{', '"tables":{"favourites":[1],')),
  fc.constant((text: string) => text.replace(/"exchangeReceipts":\[[^\]]*\]/, '"exchangeReceipts":{}')),
  fc.constant((text: string) => text.replace(/,"exchangeReceipts":\[[^\]]*\]/, '')),
  fc.constant((text: string) => text.replace('{', '{"comment":{"made by":"hand ]}"},')),
  fc.constant((text: string) => text.replace('"tables":{', '"tables":{"people":[],')),
);

describe('reading a backup a page at a time', () => {
  it('gives what reading it whole gives, for good files and damaged ones', () => {
    fc.assert(
      fc.property(workspace, damage, fileDamage, fc.string({ minLength: 1, maxLength: 12 }), fc.nat(), (tables, harm, spoil, field, at) => {
        const text = spoil(damagedBackupText(tables, harm, field));
        expectSameReading(new TextEncoder().encode(text));
        // And with one byte that is not UTF-8.
        const bytes = new TextEncoder().encode(text);
        if (bytes.length > 0) bytes[at % bytes.length] = 0xff;
        expectSameReading(bytes);
      }),
      { numRuns: 150 },
    );
  });

  it('reads a backup of many pages, records in order, with unknown fields left out of every page', () => {
    const me = person({ id: 'me', name: 'Sam 👩🏽‍💻 "[quoted]"', relationship: 'me' });
    const people = [
      me,
      ...Array.from({ length: 2 * checkPageRows + 3 }, (_, index) => person({ id: `p${index}`, name: `사람 ${index} \\` })),
    ];
    const tables: WorkspaceTables = {
      ...emptyWorkspaceTables(),
      people,
      ratingsByRater: people.map((row) => rating(row.id, 'frontend.L5.skill.1', 'partly')),
    };
    const file = JSON.parse(backupToJson(createBackup(tables, 'manual'))) as { tables: { people: Record<string, unknown>[] } };
    for (const row of file.tables.people) row['favouriteColour'] = 'teal';
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    expect(expectSameReading(bytes)).toBe(false);
    const paged = readBackupBytes(fileName, bytes, bundled);
    if (!paged.ok) throw new Error(paged.message);
    expect(paged.notices).toEqual([
      expect.stringMatching(/^204 fields this Waymark does not know will be left out: person 1, favouriteColour;/),
    ]);
    expect(allRecords(paged.records, checkPageRows)).toEqual(tables);
  });
});
