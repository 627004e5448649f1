/**
 * The backup's worker: builds the backup file (backup-builder.ts) on a connection of its own, so saving
 * the workspace of a manager or coach with hundreds of people never holds the window; the page gets
 * the finished file, which a Blob keeps outside both heaps.
 */
import type { Backup } from '../../shared/backup/backup-file';
import type { WorkerReply } from '../platform/worker-request';
import { buildBackupFile } from './backup-builder';
import { workerPageSize } from './paged-read';
import { setWorkspaceKey } from './sealing-middleware';
import { openWorkspaceDatabase } from './workspace-database';
import { toWorkspaceError } from './workspace-error';

export interface BackupSaveRequest {
  requestId: number;
  databaseName: string;
  /** The key the page's connection seals with, so a locked workspace is read the same way. */
  key: CryptoKey | null;
  reason: Backup['reason'];
  /** When the page asked (ISO), the moment the file says it was made. */
  now: string;
}

export type BackupSaveReply = WorkerReply<Record<never, never>, { file: Blob }>;

async function build(request: BackupSaveRequest): Promise<Blob> {
  setWorkspaceKey(request.databaseName, request.key);
  const db = await openWorkspaceDatabase(request.databaseName);
  try {
    return await buildBackupFile(db, request.reason, new Date(request.now), workerPageSize);
  } finally {
    db.close();
  }
}

addEventListener('message', (event: MessageEvent<BackupSaveRequest>) => {
  const { requestId } = event.data;
  const reply = (message: BackupSaveReply) => postMessage(message);
  build(event.data).then(
    (file) => reply({ requestId, type: 'done', file }),
    (error: unknown) => reply({ requestId, type: 'failed', message: toWorkspaceError(error, 'the backup', 'load').message }),
  );
});
