/**
 * Backups from the store's side: the whole workspace out as a backup, and a checked backup in,
 * replacing the workspace with a revert point kept in the same transaction — then everything on
 * screen is read afresh. The revert point stays (and "Undo the restore" with it) until it is used,
 * dismissed, or replaced by the next restore, across restarts.
 */
import type { StateCreator } from 'zustand';
import { backupToJson, createBackup, type Backup, type WorkspaceTables } from '../../shared/backup/backup-file';
import { automaticBackupIntervalMs } from '../../shared/backup/retention';
import type { AutomaticBackups } from '../platform/platform';
import { dismissRevertPoint, readWorkspace, restoreWorkspace, revertPointInfo, undoRestore } from '../db/backup-repository';
import { importedFrameworks } from '../db/imported-frameworks-repository';
import { listPeople } from '../db/people-repository';
import type { WorkspaceDatabase } from '../db/workspace-database';
import type { RevertPointInfo } from '../db/workspace-settings';
import type { AppState } from './app-store';
import { createWrite } from './workspace-write';

export interface BackupSlice {
  /** When the last automatic backup was written (ms since the epoch), and whether data changed since. */
  lastAutomaticBackupAt: number;
  changedSinceAutomaticBackup: boolean;
  /** The revert point kept by the last restore, if it is still there. */
  revertPoint: RevertPointInfo | null;
  backupWorkspace(reason?: Backup['reason']): Promise<Backup | undefined>;
  /** Writes an automatic backup if data changed since the last one; `force` skips the 15-minute wait. */
  writeAutomaticBackup(backups: AutomaticBackups, force?: boolean): Promise<void>;
  /** Replaces the workspace with tables checked by readBackup. */
  restoreBackup(tables: WorkspaceTables): Promise<boolean>;
  undoRestore(): Promise<boolean>;
  dismissRevertPoint(): Promise<boolean>;
  /** Reads whether there is a revert point (at start, once the workspace is open). */
  loadRevertPoint(db: WorkspaceDatabase): Promise<void>;
}

type Slice = StateCreator<AppState, [], [], BackupSlice>;

export const createBackupSlice: Slice = (set, get) => {
  const write = createWrite(set, get);

  /** After the whole workspace changed: people, frameworks and the revert point read afresh, nobody open. */
  async function reload(db: WorkspaceDatabase): Promise<void> {
    const [people, imported, revertPoint] = await Promise.all([listPeople(db), importedFrameworks(db), revertPointInfo(db)]);
    get().setImportedVersions(imported);
    set({ people, openPersonId: null, revertPoint: revertPoint ?? null });
  }

  return {
    lastAutomaticBackupAt: 0,
    changedSinceAutomaticBackup: false,
    revertPoint: null,

    async writeAutomaticBackup(backups, force = false) {
      const { changedSinceAutomaticBackup, lastAutomaticBackupAt, locked } = get();
      // Backup files are plain JSON: while the workspace is locked, writing them would undo the lock.
      if (!changedSinceAutomaticBackup || locked) return;
      if (!force && Date.now() - lastAutomaticBackupAt < automaticBackupIntervalMs) return;
      const backup = await get().backupWorkspace('automatic');
      if (!backup) return;
      set({ changedSinceAutomaticBackup: false, lastAutomaticBackupAt: Date.now() });
      const outcome = await backups.write(backupToJson(backup));
      // A failed automatic backup changes nothing in the workspace; it is tried again on the next change.
      if (outcome.outcome !== 'saved') set({ changedSinceAutomaticBackup: true });
    },

    async backupWorkspace(reason = 'manual') {
      const { db } = get();
      return db ? createBackup(await readWorkspace(db), reason) : undefined;
    },

    async restoreBackup(tables) {
      return write(
        'the restore',
        async (db) => {
          await restoreWorkspace(db, tables);
          await reload(db);
        },
        { exclusive: true },
      );
    },

    async undoRestore() {
      return write(
        'undoing the restore',
        async (db) => {
          await undoRestore(db);
          await reload(db);
        },
        { exclusive: true },
      );
    },

    async dismissRevertPoint() {
      return write('dismissing the revert point', async (db) => {
        await dismissRevertPoint(db);
        set({ revertPoint: null });
      });
    },

    async loadRevertPoint(db) {
      set({ revertPoint: (await revertPointInfo(db)) ?? null });
    },
  };
};
