/**
 * The page's side of the backup worker (backup-save-worker.ts): the file is built there and handed
 * back whole, as a Blob. Where workers cannot run, the page builds the same file itself, a page of
 * records per task.
 *
 * Each backup has a worker of its own, stopped once the file is handed back: the heap its reading grew
 * would otherwise stay with the window between backups (tens of megabytes, every 15 minutes on the
 * desktop). The Blob lives on without it.
 */
import type { Backup } from '../../shared/backup/backup-file';
import { KeptWorker } from '../platform/worker-request';
import { buildBackupFile } from './backup-builder';
import type { BackupSaveRequest } from './backup-save-worker';
import { workspaceKey } from './sealing-middleware';
import type { WorkspaceDatabase } from './workspace-database';
import { WorkspaceError } from './workspace-error';

const startWorker = () => new Worker(new URL('./backup-save-worker.ts', import.meta.url), { type: 'module', name: 'waymark-backup' });

/** The workspace as one backup file, built off the main thread. */
export async function saveBackupFile(db: WorkspaceDatabase, reason: Backup['reason'], now = new Date()): Promise<Blob> {
  if (typeof Worker === 'undefined') return buildBackupFile(db, reason, now);
  const backupWorker = new KeptWorker(startWorker);
  try {
    const done = await backupWorker.request<Record<never, never>, { file: Blob }>(
      (requestId) =>
        ({
          requestId,
          databaseName: db.name,
          key: workspaceKey(db.name),
          reason,
          now: now.toISOString(),
        }) satisfies BackupSaveRequest,
      {
        cancelled: () => new WorkspaceError('unknown', 'The backup was stopped before it was finished. Nothing was changed.'),
        failure: (reason) => new WorkspaceError('unknown', reason),
        crashReason: 'The backup could not be made: its worker stopped. Nothing was changed; try again',
      },
    );
    return done.file;
  } finally {
    backupWorker.stop();
  }
}
