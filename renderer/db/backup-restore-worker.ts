/**
 * The restore's worker: reads and checks a backup file whole (JSON, every record's shape and how the
 * records fit together) and, once the person confirms, writes it into the workspace with its revert
 * point — all off the main thread, so the window never freezes on a large backup, and the page never
 * holds the backup's records at all: it gets only the summary the preview shows.
 */
import type { Framework } from '../../shared/framework/schema';
import {
  checkBackupData,
  parseBackupText,
  summariseBackup,
  type BackupReadResult,
  type BackupSummary,
  type WorkspaceTables,
} from '../../shared/backup/backup-file';
import { restoreWorkspace } from './backup-repository';
import { workerPageSize } from './paged-read';
import { setWorkspaceKey } from './sealing-middleware';
import { openWorkspaceDatabase } from './workspace-database';
import { toWorkspaceError, type WorkspaceErrorKind } from './workspace-error';

export type RestoreWorkerRequest = { requestId: number } & (
  | { type: 'check'; fileName: string; content: string | Uint8Array<ArrayBuffer>; frameworks: Framework[] }
  | { type: 'restore'; databaseName: string; key: CryptoKey | null }
);

export type RestoreWorkerMessage = { requestId: number } & (
  | { type: 'checked'; summary: BackupSummary; notices: string[] }
  | { type: 'refused'; message: string }
  | { type: 'restored' }
  | { type: 'failed'; kind: WorkspaceErrorKind; message: string }
);

/** The backup checked last, waiting for the person to confirm it. */
let checked: WorkspaceTables | null = null;

/** The file's text; undefined when it is not UTF-8, which no backup Waymark writes is. */
function utf8(bytes: Uint8Array<ArrayBuffer>): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

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
 * The file checked, held once at a time: its bytes are let go once decoded, its text once parsed
 * (it lives only inside parseFile), and the check prunes the parsed records in place.
 */
function checkFile(request: CheckRequest): BackupReadResult {
  const parsed = parseFile(request);
  return parsed.ok ? checkBackupData(request.fileName, parsed.data, request.frameworks) : parsed;
}

function parseFile(request: CheckRequest): ReturnType<typeof parseBackupText> {
  const text = takeText(request);
  if (text === undefined) {
    return {
      ok: false,
      message: `${request.fileName} is not a Waymark backup: it is not UTF-8 text. Nothing was changed. Choose a backup file Waymark wrote (its name starts with "Waymark backup").`,
    };
  }
  return parseBackupText(request.fileName, text);
}

/** The file as text, taken out of the request: once decoded, nothing holds its bytes. */
function takeText(request: CheckRequest): string | undefined {
  const { content } = request;
  request.content = '';
  return typeof content === 'string' ? content : utf8(content);
}

addEventListener('message', (event: MessageEvent<RestoreWorkerRequest>) => {
  const request = event.data;
  const { requestId } = request;
  if (request.type === 'check') {
    checked = null;
    const read = checkFile(request);
    if (!read.ok) return send({ requestId, type: 'refused', message: read.message });
    checked = read.backup.tables;
    return send({ requestId, type: 'checked', summary: summariseBackup(read.backup), notices: read.notices });
  }
  restore(requestId, request.databaseName, request.key).catch((error: unknown) => {
    const problem = toWorkspaceError(error, 'the restore');
    send({ requestId, type: 'failed', kind: problem.kind, message: problem.message });
  });
});
