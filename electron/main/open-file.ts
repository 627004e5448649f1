/**
 * Choosing a file on the desktop (a framework to import, a backup to restore): a native open dialog,
 * then the main process reads it — a regular file only, and never more than its kind's size limit —
 * as UTF-8 text (a backup) or as its bytes (a framework file, whose encoding the import works out).
 */
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { openFilePurposes, tooLargeMessage, type OpenFilePurpose } from '../../shared/files/open-file';
import type { OpenedBytes, OpenedFile } from '../../shared/ipc/contract';
import { errorCode, errorMessage } from '../../shared/errors/error-message';

export interface OpenFileDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: BrowserWindow | null;
}

/** The native open dialog for a purpose; undefined when the person closed it. */
async function choosePath(purpose: OpenFilePurpose, deps: OpenFileDeps): Promise<string | undefined> {
  const { title, filterName, extensions } = openFilePurposes[purpose];
  const options = {
    title,
    properties: ['openFile' as const],
    filters: [
      { name: filterName, extensions },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const choice = deps.window ? await deps.dialog.showOpenDialog(deps.window, options) : await deps.dialog.showOpenDialog(options);
  const [path] = choice.filePaths;
  return choice.canceled || !path ? undefined : path;
}

export async function openFile(purpose: OpenFilePurpose, deps: OpenFileDeps): Promise<OpenedFile> {
  const path = await choosePath(purpose, deps);
  return path === undefined ? { outcome: 'cancelled' } : readChosenFile(path, purpose);
}

export async function openFileBytes(purpose: OpenFilePurpose, deps: OpenFileDeps): Promise<OpenedBytes> {
  const path = await choosePath(purpose, deps);
  return path === undefined ? { outcome: 'cancelled' } : readChosen(path, purpose, (content) => ({ bytes: content }));
}

/** Reads a file the person chose (in a dialog, or in the file manager) as UTF-8, within the purpose's size limit. */
export function readChosenFile(path: string, purpose: OpenFilePurpose): Promise<OpenedFile> {
  return readChosen(path, purpose, (content) => ({ text: Buffer.from(content).toString('utf8') }));
}

async function readChosen<T>(
  path: string,
  purpose: OpenFilePurpose,
  as: (content: Uint8Array<ArrayBuffer>) => T,
): Promise<({ outcome: 'opened'; fileName: string } & T) | { outcome: 'failed'; message: string }> {
  const { maxBytes } = openFilePurposes[purpose];
  const fileName = basename(path);
  try {
    // Checked before opening: opening a FIFO for reading waits for a writer, forever.
    const found = await stat(path);
    if (!found.isFile()) return { outcome: 'failed', message: notAFileMessage(fileName) };
    if (found.size > maxBytes) return { outcome: 'failed', message: tooLargeMessage(purpose, fileName, found.size) };
    const read = await readBytesAtMost(path, maxBytes);
    if (read.outcome === 'not-a-file') return { outcome: 'failed', message: notAFileMessage(fileName) };
    if (read.outcome === 'too-large') return { outcome: 'failed', message: tooLargeMessage(purpose, fileName, read.bytes, true) };
    return { outcome: 'opened', fileName, ...as(read.content) };
  } catch (error) {
    const reason = errorCode(error) === 'EACCES' ? 'Waymark may not read it' : errorMessage(error);
    return { outcome: 'failed', message: `${fileName} could not be read: ${reason}. Check the file, or choose another.` };
  }
}

function notAFileMessage(fileName: string): string {
  return `${fileName} is not a regular file (it may be a device, a pipe or a folder), so Waymark did not read it. Choose a file saved on disk.`;
}

export type ReadOutcome = { outcome: 'read'; text: string } | { outcome: 'too-large'; bytes: number } | { outcome: 'not-a-file' };
type BytesOutcome =
  { outcome: 'read'; content: Uint8Array<ArrayBuffer> } | { outcome: 'too-large'; bytes: number } | { outcome: 'not-a-file' };

/** The file as UTF-8 text, read as `readBytesAtMost` reads it. */
export async function readAtMost(path: string, maxBytes: number): Promise<ReadOutcome> {
  const read = await readBytesAtMost(path, maxBytes);
  return read.outcome === 'read' ? { outcome: 'read', text: Buffer.from(read.content).toString('utf8') } : read;
}

/**
 * Reads a regular file, stopping as soon as it grows past `maxBytes`: the size the file system reported
 * may be stale (a file still being written) or wrong, and must not decide how much memory is used.
 * Opened without blocking and checked again, in case the path was swapped for a pipe or device since.
 */
export async function readBytesAtMost(path: string, maxBytes: number): Promise<BytesOutcome> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) return { outcome: 'not-a-file' };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { outcome: 'too-large', bytes: total };
    }
    return { outcome: 'read', content: new Uint8Array(Buffer.concat(chunks)) };
  } finally {
    await handle.close();
  }
}
