/**
 * Choosing a file on the desktop (a framework to import, a backup to restore): a native open dialog,
 * then the main process reads it, refusing one over its kind's size limit before reading it.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { openFilePurposes, tooLargeMessage, type OpenFilePurpose } from '../../shared/files/open-file';
import type { OpenedFile } from '../../shared/ipc/contract';
import { errorCode, errorMessage } from '../../shared/errors/error-message';

export interface OpenFileDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: BrowserWindow | null;
}

export async function openFile(purpose: OpenFilePurpose, deps: OpenFileDeps): Promise<OpenedFile> {
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
    return { outcome: 'opened', fileName, text: await readFile(path, 'utf8') };
  } catch (error) {
    const reason = errorCode(error) === 'EACCES' ? 'Waymark may not read it' : errorMessage(error);
    return { outcome: 'failed', message: `${fileName} could not be read: ${reason}. Check the file, or choose another.` };
  }
}
