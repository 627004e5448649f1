/**
 * Backups from the store's side: the whole workspace out as a backup, and a backup in, replacing the
 * workspace after a revert point — then everything on screen is read afresh.
 */
import type { StateCreator } from 'zustand';
import { backupToJson, createBackup, type Backup } from '../../shared/backup/backup-file';
import { automaticBackupIntervalMs } from '../../shared/backup/retention';
import type { AutomaticBackups } from '../platform/platform';
import { readRevertPoint, readWorkspace, restoreWorkspace } from '../db/backup-repository';
import type { AppState } from './app-store';
import type { Write } from './session-slice';

export interface BackupSlice {
  /** When the last automatic backup was written (ms since the epoch), and the session's savedWrites it kept. */
  lastAutomaticBackupAt: number;
  backedUpWrites: number;
  backupWorkspace(reason?: Backup['reason']): Promise<Backup | undefined>;
  /** Writes an automatic backup if data changed since the last one; `force` skips the 15-minute wait. */
  writeAutomaticBackup(backups: AutomaticBackups, force?: boolean): Promise<void>;
  restoreBackup(backup: Backup): Promise<boolean>;
  revertPoint(): Promise<Backup | undefined>;
}

type Slice = StateCreator<AppState, [], [], BackupSlice>;

/** Whether data was saved since the last automatic backup (or a failed one). */
export function hasChangesToBackUp(state: Pick<AppState, 'savedWrites' | 'backedUpWrites'>): boolean {
  return state.savedWrites !== state.backedUpWrites;
}

export const createBackupSlice: Slice = (set, get) => {
  const write: Write = (run, action) => get().write(run, action);
  return {
    lastAutomaticBackupAt: 0,
    backedUpWrites: 0,

    async writeAutomaticBackup(backups, force = false) {
      const { savedWrites, backedUpWrites, lastAutomaticBackupAt, locked } = get();
      // Backup files are plain JSON: while the workspace is locked, writing them would undo the lock.
      if (!hasChangesToBackUp(get()) || locked) return;
      if (!force && Date.now() - lastAutomaticBackupAt < automaticBackupIntervalMs) return;
      const backup = await get().backupWorkspace('automatic');
      if (!backup) return;
      set({ backedUpWrites: savedWrites, lastAutomaticBackupAt: Date.now() });
      const outcome = await backups.write(backupToJson(backup));
      // A failed automatic backup changes nothing in the workspace; it is tried again on the next change.
      if (outcome.outcome !== 'saved') set({ backedUpWrites });
    },

    async backupWorkspace(reason = 'manual') {
      const { db } = get();
      return db ? createBackup(await readWorkspace(db), reason) : undefined;
    },

    async restoreBackup(backup) {
      const restored = await write(async (db) => {
        await restoreWorkspace(db, backup);
        await get().reloadWorkspace(db);
        get().closePerson();
      }, 'the restore');
      return restored;
    },

    async revertPoint() {
      const { db } = get();
      return db ? readRevertPoint(db) : undefined;
    },
  };
};
