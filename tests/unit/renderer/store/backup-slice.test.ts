/**
 * Automatic backups from the store: written after a change, at most every 15 minutes, and always on
 * quit when something changed; a failed write is tried again with the next change.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import type { AutomaticBackups } from '../../../../renderer/platform/platform';
import { createAppStore } from '../../../../renderer/store/app-store';
import { hasChangesToBackUp } from '../../../../renderer/store/backup-slice';
import { readBackup } from '../../../../shared/backup/backup-file';
import type { SaveOutcome } from '../../../../shared/ipc/contract';
import { testDatabaseName } from '../db/workspace-test-database';

function recordingBackups(outcome: SaveOutcome = { outcome: 'saved', location: '/backups/x.json' }) {
  const written: string[] = [];
  const backups: AutomaticBackups = {
    write: async (file) => {
      written.push(await file.text());
      return outcome;
    },
    list: async () => [],
    read: async () => ({ outcome: 'cancelled' }),
    onBeforeQuit: () => undefined,
  };
  return { backups, written };
}

/** The workspace as the store backs it up: the file it builds, read back. */
async function backupOf(store: ReturnType<typeof createAppStore>) {
  const file = await store.getState().backupFile();
  const read = readBackup('backup.json', (await file?.text()) ?? '');
  if (!read.ok) throw new Error(read.message);
  return read.backup;
}

async function workspace() {
  const store = createAppStore();
  await store.getState().attachWorkspace(() => openWorkspaceDatabase(testDatabaseName()));
  return store;
}

afterEach(() => vi.useRealTimers());

describe('automatic backups', () => {
  it('writes the whole workspace after a change, then waits 15 minutes before the next', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
    const store = await workspace();
    const { backups, written } = recordingBackups();
    await store.getState().writeAutomaticBackup(backups);
    expect(written).toHaveLength(0);

    await store.getState().addPerson({ name: 'Sam', relationship: 'report', target: null });
    await store.getState().writeAutomaticBackup(backups);
    expect(written).toHaveLength(1);
    const read = readBackup('auto.json', written[0] ?? '');
    expect(read.ok && read.backup.reason).toBe('automatic');
    expect(read.ok && read.backup.tables.people.map((person) => person.name).sort()).toEqual(['', 'Sam']);

    await store.getState().addPerson({ name: 'Ana', relationship: 'client', target: null });
    vi.setSystemTime(new Date('2026-11-23T10:10:00Z'));
    await store.getState().writeAutomaticBackup(backups);
    expect(written).toHaveLength(1);
    vi.setSystemTime(new Date('2026-11-23T10:16:00Z'));
    await store.getState().writeAutomaticBackup(backups);
    expect(written).toHaveLength(2);
    store.getState().db?.close();
  });

  it('writes on quit whatever the time since the last one, if anything changed', async () => {
    const store = await workspace();
    const { backups, written } = recordingBackups();
    await store.getState().addPerson({ name: 'Sam', relationship: 'report', target: null });
    await store.getState().writeAutomaticBackup(backups);
    await store.getState().writeAutomaticBackup(backups, true);
    expect(written).toHaveLength(1);
    await store.getState().addPerson({ name: 'Ana', relationship: 'report', target: null });
    await store.getState().writeAutomaticBackup(backups, true);
    expect(written).toHaveLength(2);
    store.getState().db?.close();
  });

  it('writes none while the workspace is locked: the files are not encrypted', async () => {
    const store = await workspace();
    const { backups, written } = recordingBackups();
    await store.getState().addPerson({ name: 'Sam', relationship: 'report', target: null });
    store.setState({ locked: true });
    await store.getState().writeAutomaticBackup(backups, true);
    expect(written).toHaveLength(0);
    store.getState().db?.close();
  });

  it('tries again after a failed write', async () => {
    const store = await workspace();
    const { backups } = recordingBackups({ outcome: 'failed', message: 'disk full' });
    await store.getState().addPerson({ name: 'Sam', relationship: 'report', target: null });
    await store.getState().writeAutomaticBackup(backups, true);
    expect(hasChangesToBackUp(store.getState())).toBe(true);
    store.getState().db?.close();
  });
});

describe('the revert point', () => {
  it('stays after a restart until it is used, then the workspace is as it was', async () => {
    const name = testDatabaseName();
    const first = createAppStore();
    await first.getState().attachWorkspace(() => openWorkspaceDatabase(name));
    await first.getState().addPerson({ name: 'Kept by undo', relationship: 'report', target: null });
    const backup = await backupOf(first);
    const people = backup.tables.people.filter((person) => person.relationship === 'me');
    expect(await first.getState().restoreBackup({ ...backup.tables, people })).toBe(true);
    expect(first.getState().people.map((person) => person.name)).toEqual(['']);
    expect(first.getState().revertPoint).not.toBeNull();
    first.getState().db?.close();

    const second = createAppStore();
    await second.getState().attachWorkspace(() => openWorkspaceDatabase(name));
    expect(second.getState().revertPoint?.createdAt).toBe(first.getState().revertPoint?.createdAt);
    expect(await second.getState().undoRestore()).toBe(true);
    expect(second.getState().people.map((person) => person.name)).toEqual(['', 'Kept by undo']);
    expect(second.getState().revertPoint).toBeNull();
    second.getState().db?.close();
  });

  it('can be let go', async () => {
    const store = await workspace();
    const backup = await backupOf(store);
    await store.getState().restoreBackup(backup.tables);
    expect(await store.getState().dismissRevertPoint()).toBe(true);
    expect(store.getState().revertPoint).toBeNull();
    store.getState().db?.close();
  });
});
