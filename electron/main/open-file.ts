/**
 * Choosing a file on the desktop (a framework to import, a backup to restore): a native open dialog,
 * then the main process reads it, refusing one over its kind's size limit before reading it.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { openFilePurposes, tooLargeMessage, type OpenFilePurpose } from '../../shared/files/open-file';
import type { OpenedBytes, OpenedFile } from '../../shared/ipc/contract';

export interface OpenFileDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: BrowserWindow | null;
}

type Read<T> = { outcome: 'opened'; fileName: string } & T;

/** The dialog, the size check and the read, whatever the file is read as. */
async function chooseAndRead<T>(
  purpose: OpenFilePurpose,
  deps: OpenFileDeps,
  read: (path: string) => Promise<T>,
): Promise<Read<T> | { outcome: 'cancelled' } | { outcome: 'failed'; message: string }> {
  const { title, filterName, extensions, maxBytes } = openFilePurposes[purpose];
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
  if (choice.canceled || !path) return { outcome: 'cancelled' };
  const fileName = basename(path);
  try {
    const { size } = await stat(path);
    if (size > maxBytes) return { outcome: 'failed', message: tooLargeMessage(purpose, fileName, size) };
    return { outcome: 'opened', fileName, ...(await read(path)) };
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'EACCES'
        ? 'Waymark may not read it'
        : error instanceof Error
          ? error.message
          : String(error);
    return { outcome: 'failed', message: `${fileName} could not be read: ${reason}. Check the file, or choose another.` };
  }
}

/** A file read as UTF-8 text (backups, which Waymark itself writes). */
export function openFile(purpose: OpenFilePurpose, deps: OpenFileDeps): Promise<OpenedFile> {
  return chooseAndRead(purpose, deps, async (path) => ({ text: await readFile(path, 'utf8') }));
}

/** A file read as its bytes (frameworks, whose encoding the renderer works out and shows). */
export function openFileBytes(purpose: OpenFilePurpose, deps: OpenFileDeps): Promise<OpenedBytes> {
  return chooseAndRead(purpose, deps, async (path) => ({ bytes: new Uint8Array(await readFile(path)) }));
}
