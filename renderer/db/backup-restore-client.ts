/**
 * The page's side of the restore worker (backup-restore-worker.ts): a file is checked there and kept
 * there until the person confirms; the page gets its summary, and a way to restore it or let it go.
 * One backup is pending at a time: checking another, or letting it go, ends the worker holding it.
 */
import type { BackupSummary } from '../../shared/backup/backup-file';
import type { Framework } from '../../shared/framework/schema';
import type { RestoreWorkerMessage, RestoreWorkerRequest } from './backup-restore-worker';
import { workspaceKey } from './sealing-middleware';
import type { WorkspaceDatabase } from './workspace-database';
import { WorkspaceError } from './workspace-error';

/** A backup file checked whole in the worker, waiting there to be restored. */
export interface CheckedBackupFile {
  fileName: string;
  summary: BackupSummary;
  notices: string[];
  /** Replaces the workspace with it (keeping a revert point), in the worker. */
  restoreInto(db: WorkspaceDatabase): Promise<void>;
  /** Lets it go, freeing what the worker held. */
  discard(): void;
}

export type BackupCheck = ({ ok: true } & CheckedBackupFile) | { ok: false; message: string };

let worker: Worker | null = null;
let nextRequestId = 1;

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function ask(active: Worker, request: RestoreWorkerRequest, transfer: Transferable[] = []): Promise<RestoreWorkerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<RestoreWorkerMessage>) => {
      if (event.data.requestId !== request.requestId) return;
      finish();
      resolve(event.data);
    };
    const onError = (event: ErrorEvent) => {
      finish();
      reject(new Error(event.message || 'the backup worker stopped'));
    };
    const finish = () => {
      active.removeEventListener('message', onMessage);
      active.removeEventListener('error', onError);
    };
    active.addEventListener('message', onMessage);
    active.addEventListener('error', onError);
    active.postMessage(request, transfer);
  });
}

/** Checks a backup file off the main thread; `frameworks` are the bundled ones, to check people's tracks against. */
export async function checkBackupFile(
  fileName: string,
  content: string | Uint8Array<ArrayBuffer> | Blob,
  frameworks: readonly Framework[],
): Promise<BackupCheck> {
  stopWorker();
  const active = new Worker(new URL('./backup-restore-worker.ts', import.meta.url), { type: 'module', name: 'waymark-restore' });
  worker = active;
  let answer: RestoreWorkerMessage;
  try {
    // Bytes are handed over, not copied: the page is done with them.
    const transfer = content instanceof Uint8Array ? [content.buffer] : [];
    answer = await ask(active, { requestId: nextRequestId++, type: 'check', fileName, content, frameworks: [...frameworks] }, transfer);
  } catch (error) {
    if (worker === active) stopWorker();
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${fileName} could not be checked (${reason}). Nothing was changed; try again.` };
  }
  if (answer.type !== 'checked') {
    if (worker === active) stopWorker();
    return { ok: false, message: answer.type === 'refused' || answer.type === 'failed' ? answer.message : 'The backup was not checked.' };
  }
  return {
    ok: true,
    fileName,
    summary: answer.summary,
    notices: answer.notices,
    async restoreInto(db) {
      if (worker !== active) throw new WorkspaceError('invalid', 'This backup is no longer ready to restore: choose the file again.');
      const done = await ask(active, { requestId: nextRequestId++, type: 'restore', databaseName: db.name, key: workspaceKey(db.name) });
      if (done.type === 'failed') throw new WorkspaceError(done.kind, done.message);
      stopWorker();
    },
    discard() {
      if (worker === active) stopWorker();
    },
  };
}
