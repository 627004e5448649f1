/**
 * Backups from the store's side: the whole workspace out as a backup, and a backup in, replacing the
 * workspace after a revert point — then everything on screen is read afresh.
 */
import type { StateCreator } from 'zustand';
import { backupToJson, createBackup, type Backup } from '../../shared/backup/backup-file';
import { automaticBackupIntervalMs } from '../../shared/backup/retention';
import type { AutomaticBackups } from '../platform/platform';
import { readRevertPoint, readWorkspace, restoreWorkspace } from '../db/backup-repository';
import { importedFrameworks } from '../db/imported-frameworks-repository';
import { listPeople } from '../db/people-repository';
import type { AppState } from './app-store';
import { createWrite } from './workspace-write';

export interface BackupSlice {
  /** When the last automatic backup was written (ms since the epoch), and whether data changed since. */
  lastAutomaticBackupAt: number;
  changedSinceAutomaticBackup: boolean;
  backupWorkspace(reason?: Backup['reason']): Promise<Backup | undefined>;
  /** Writes an automatic backup if data changed since the last one; `force` skips the 15-minute wait. */
  writeAutomaticBackup(backups: AutomaticBackups, force?: boolean): Promise<void>;
  restoreBackup(backup: Backup): Promise<boolean>;
  revertPoint(): Promise<Backup | undefined>;
}

type Slice = StateCreator<AppState, [], [], BackupSlice>;

export const createBackupSlice: Slice = (set, get) => {
  const write = createWrite(set, get);
  return {
    lastAutomaticBackupAt: 0,
    changedSinceAutomaticBackup: false,

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

    async restoreBackup(backup) {
      const restored = await write('the restore', async (db) => {
        await restoreWorkspace(db, backup);
        const [people, imported] = await Promise.all([listPeople(db), importedFrameworks(db)]);
        get().setImportedVersions(imported);
        set({ people, openPersonId: null });
      });
      return restored;
    },

    async revertPoint() {
      const { db } = get();
      return db ? readRevertPoint(db) : undefined;
    },
  };
};
