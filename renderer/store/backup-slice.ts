/**
 * Backups from the store's side: the whole workspace out as a backup, and a checked backup in,
 * replacing the workspace with a revert point kept in the same transaction — then everything on
 * screen is read afresh. The revert point stays (and "Undo the restore" with it) until it is used,
 * dismissed, or replaced by the next restore, across restarts. The code that builds, reads and
 * restores backups is loaded the first time it is used, not at the app's start.
 */
import type { StateCreator } from 'zustand';
import type { Backup, WorkspaceContents, WorkspaceTables } from '../../shared/backup/backup-file';
import { automaticBackupIntervalMs } from '../../shared/backup/retention';
import type { AutomaticBackups } from '../platform/platform';
import type { CheckedBackupFile } from '../db/backup-restore-client';
import type { WorkspaceDatabase } from '../db/workspace-database';
import { revertPointInfo, type RevertPointInfo } from '../db/workspace-settings';
import type { AppState } from './app-store';
import type { Write } from './session-slice';

export interface BackupSlice {
  /** When the last automatic backup was written (ms since the epoch), and the session's savedWrites it kept. */
  lastAutomaticBackupAt: number;
  backedUpWrites: number;
  /** The revert point kept by the last restore, if it is still there. */
  revertPoint: RevertPointInfo | null;
  /** The whole workspace as a backup file, built table by table (undefined before the workspace is open). */
  backupFile(reason?: Backup['reason']): Promise<Blob | undefined>;
  /** Who is in the workspace and how many records of each kind, for the restore's preview. */
  workspaceContents(): Promise<WorkspaceContents | undefined>;
  /** Writes an automatic backup if data changed since the last one; `force` skips the 15-minute wait. */
  writeAutomaticBackup(backups: AutomaticBackups, force?: boolean): Promise<void>;
  /** Replaces the workspace with a backup checked in the restore worker, or with tables checked by readBackup. */
  restoreBackup(backup: CheckedBackupFile | WorkspaceTables): Promise<boolean>;
  undoRestore(): Promise<boolean>;
  dismissRevertPoint(): Promise<boolean>;
  /** Reads whether there is a revert point (at start, once the workspace is open). */
  loadRevertPoint(db: WorkspaceDatabase): Promise<void>;
}

type Slice = StateCreator<AppState, [], [], BackupSlice>;

/** Whether data was saved since the last automatic backup (or a failed one). */
export function hasChangesToBackUp(state: Pick<AppState, 'savedWrites' | 'backedUpWrites'>): boolean {
  return state.savedWrites !== state.backedUpWrites;
}

export const createBackupSlice: Slice = (set, get) => {
  const write: Write = (run, options) => get().write(run, options);

  /** After the whole workspace changed: people, frameworks and the revert point read afresh, nobody open. */
  async function reload(db: WorkspaceDatabase): Promise<void> {
    await get().reloadWorkspace(db);
    get().closePerson();
  }

  return {
    lastAutomaticBackupAt: 0,
    backedUpWrites: 0,
    revertPoint: null,

    async writeAutomaticBackup(backups, force = false) {
      const { savedWrites, backedUpWrites, lastAutomaticBackupAt, locked } = get();
      // Backup files are plain JSON: while the workspace is locked, writing them would undo the lock.
      if (!hasChangesToBackUp(get()) || locked) return;
      if (!force && Date.now() - lastAutomaticBackupAt < automaticBackupIntervalMs) return;
      // A backup that could not be made is like one that could not be written: tried again on the next change.
      const file = await get()
        .backupFile('automatic')
        .catch(() => undefined);
      if (!file) return;
      set({ backedUpWrites: savedWrites, lastAutomaticBackupAt: Date.now() });
      const outcome = await backups.write(file).catch((): { outcome: 'failed' } => ({ outcome: 'failed' }));
      // A failed automatic backup changes nothing in the workspace; it is tried again on the next change.
      if (outcome.outcome !== 'saved') set({ backedUpWrites });
    },

    async backupFile(reason = 'manual') {
      const { db } = get();
      if (!db) return undefined;
      const { saveBackupFile } = await import('../db/backup-save-client');
      return saveBackupFile(db, reason);
    },

    async workspaceContents() {
      const { db } = get();
      if (!db) return undefined;
      const { summariseWorkspace } = await import('../db/backup-repository');
      return summariseWorkspace(db);
    },

    async restoreBackup(backup) {
      return write(
        async (db) => {
          if ('restoreInto' in backup) await backup.restoreInto(db);
          else await (await import('../db/backup-repository')).restoreWorkspace(db, backup);
          await reload(db);
        },
        { action: 'the restore', exclusive: true },
      );
    },

    async undoRestore() {
      return write(
        async (db) => {
          await (await import('../db/backup-repository')).undoRestore(db);
          await reload(db);
        },
        { action: 'undoing the restore', exclusive: true },
      );
    },

    async dismissRevertPoint() {
      return write(
        async (db) => {
          await (await import('../db/backup-repository')).dismissRevertPoint(db);
          set({ revertPoint: null });
        },
        { action: 'dismissing the revert point' },
      );
    },

    async loadRevertPoint(db) {
      set({ revertPoint: (await revertPointInfo(db)) ?? null });
    },
  };
};
