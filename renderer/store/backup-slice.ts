/**
 * Backups from the store's side: the whole workspace out as a backup, and a checked backup in,
 * replacing the workspace with a revert point kept in the same transaction — then everything on
 * screen is read afresh. The revert point stays (and "Undo the restore" with it) until it is used,
 * dismissed, or replaced by the next restore, across restarts.
 */
import type { StateCreator } from 'zustand';
import type { Backup, WorkspaceContents, WorkspaceTables } from '../../shared/backup/backup-file';
import { automaticBackupIntervalMs } from '../../shared/backup/retention';
import type { AutomaticBackups } from '../platform/platform';
import { buildBackupFile } from '../db/backup-builder';
import type { CheckedBackupFile } from '../db/backup-restore-client';
import { dismissRevertPoint, restoreWorkspace, revertPointInfo, summariseWorkspace, undoRestore } from '../db/backup-repository';
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
      const file = await get().backupFile('automatic');
      if (!file) return;
      set({ changedSinceAutomaticBackup: false, lastAutomaticBackupAt: Date.now() });
      const outcome = await backups.write(file).catch((): { outcome: 'failed' } => ({ outcome: 'failed' }));
      // A failed automatic backup changes nothing in the workspace; it is tried again on the next change.
      if (outcome.outcome !== 'saved') set({ changedSinceAutomaticBackup: true });
    },

    async backupFile(reason = 'manual') {
      const { db } = get();
      return db ? buildBackupFile(db, reason) : undefined;
    },

    async workspaceContents() {
      const { db } = get();
      return db ? summariseWorkspace(db) : undefined;
    },

    async restoreBackup(backup) {
      return write(
        'the restore',
        async (db) => {
          if ('restoreInto' in backup) await backup.restoreInto(db);
          else await restoreWorkspace(db, backup);
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
