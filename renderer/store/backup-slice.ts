/**
 * Backups from the store's side: the whole workspace out as a backup, and a backup in, replacing the
 * workspace after a revert point — then everything on screen is read afresh.
 */
import type { StateCreator } from 'zustand';
import { createBackup, type Backup } from '../../shared/backup/backup-file';
import { readRevertPoint, readWorkspace, restoreWorkspace } from '../db/backup-repository';
import { importedFrameworks } from '../db/imported-frameworks-repository';
import { listPeople } from '../db/people-repository';
import type { AppState } from './app-store';
import { createWrite } from './workspace-write';

export interface BackupSlice {
  backupWorkspace(reason?: Backup['reason']): Promise<Backup | undefined>;
  restoreBackup(backup: Backup): Promise<boolean>;
  revertPoint(): Promise<Backup | undefined>;
}

type Slice = StateCreator<AppState, [], [], BackupSlice>;

export const createBackupSlice: Slice = (set, get) => {
  const write = createWrite(set, get);
  return {
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
