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
import { readBackup, type WorkspaceTables } from '../../../../shared/backup/backup-file';
import { damage, damagedBackupText } from './backup-damage';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';
import { sorted, workspace, writeAll } from './workspace-arbitrary';
import { testDatabaseName } from './workspace-test-database';

const bundled = [loadCareerMap(), loadRoleCard()];

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

          const text = damagedBackupText(backedUp, harm, field);
          const before = await dump(name);

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
