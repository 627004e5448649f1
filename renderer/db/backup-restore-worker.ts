/**
 * The restore's worker: checks a backup file (JSON, every record's shape and how the records fit
 * together) and, once the person confirms, writes it into the workspace with its revert point — all
 * off the main thread, so the window never freezes on a large backup, and the page never holds the
 * backup's records at all: it gets only the summary the preview shows. The file is kept as its bytes
 * and read a page of records at a time (backup-pages.ts), never as one parsed object.
 */
import type { Framework } from '../../shared/framework/schema';
import { readBackupBytes, readWhole, type BackupBytesResult } from '../../shared/backup/backup-pages';
import type { BackupSummary, WorkspaceRecords } from '../../shared/backup/backup-file';
import { restoreWorkspace } from './backup-repository';
import { workerPageSize } from './paged-read';
import { setWorkspaceKey } from './sealing-middleware';
import { openWorkspaceDatabase } from './workspace-database';
import { toWorkspaceError, type WorkspaceErrorKind } from './workspace-error';

export type RestoreWorkerRequest = { requestId: number } & (
  | { type: 'check'; fileName: string; content: string | Uint8Array<ArrayBuffer> | Blob; frameworks: Framework[] }
  | { type: 'restore'; databaseName: string; key: CryptoKey | null }
);

export type RestoreWorkerMessage = { requestId: number } & (
  | { type: 'checked'; summary: BackupSummary; notices: string[] }
  | { type: 'refused'; message: string }
  | { type: 'restored' }
  | { type: 'failed'; kind: WorkspaceErrorKind; message: string }
);

/** The backup checked last, waiting for the person to confirm it. */
let checked: WorkspaceRecords | null = null;

function send(message: RestoreWorkerMessage): void {
  postMessage(message);
}

async function restore(requestId: number, databaseName: string, key: CryptoKey | null): Promise<void> {
  if (!checked)
    return send({ requestId, type: 'failed', kind: 'invalid', message: 'There is no checked backup to restore: choose the file again.' });
  // The worker's own connection seals with the same key as the page's, so a locked workspace stays sealed.
  setWorkspaceKey(databaseName, key);
  const db = await openWorkspaceDatabase(databaseName);
  try {
    await restoreWorkspace(db, checked, new Date(), workerPageSize);
    checked = null;
    send({ requestId, type: 'restored' });
  } finally {
    db.close();
  }
}

type CheckRequest = Extract<RestoreWorkerRequest, { type: 'check' }>;

/**
 * The file checked, its content taken out of the request: the checked backup is what holds it now.
 * A file handed over unread is read here, so the page never copies its bytes in.
 */
async function checkFile(request: CheckRequest): Promise<BackupBytesResult> {
  const { content, fileName, frameworks } = request;
  request.content = '';
  if (typeof content === 'string') return readWhole(fileName, content, frameworks);
  if (content instanceof Uint8Array) return readBackupBytes(fileName, content, frameworks);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await content.arrayBuffer());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${fileName} could not be read (${reason}). Nothing was changed; try again.` };
  }
  return readBackupBytes(fileName, bytes, frameworks);
}

addEventListener('message', (event: MessageEvent<RestoreWorkerRequest>) => {
  const request = event.data;
  const { requestId } = request;
  if (request.type === 'check') {
    checked = null;
    checkFile(request)
      .then((read) => {
        if (!read.ok) return send({ requestId, type: 'refused', message: read.message });
        checked = read.records;
        return send({ requestId, type: 'checked', summary: read.summary, notices: read.notices });
      })
      .catch((error: unknown) => {
        // Thrown again outside the promise, it reaches the page as the worker's error event, as a check that threw always did.
        setTimeout(() => {
          throw error;
        });
      });
    return;
  }
  restore(requestId, request.databaseName, request.key).catch((error: unknown) => {
    const problem = toWorkspaceError(error, 'the restore');
    send({ requestId, type: 'failed', kind: problem.kind, message: problem.message });
  });
});
