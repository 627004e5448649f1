/**
 * Choosing a framework file on the desktop: a native open dialog, then the main process reads the file,
 * refusing one over the size limit before reading it.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { maxFrameworkFileBytes, tooLargeMessage } from '../../shared/import/import-result';
import type { OpenedFile } from '../../shared/ipc/contract';

export interface OpenFrameworkFileDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  window: BrowserWindow | null;
}

export async function openFrameworkFile(deps: OpenFrameworkFileDeps): Promise<OpenedFile> {
  const options = {
    title: 'Import a framework',
    properties: ['openFile' as const],
    filters: [
      { name: 'Framework files', extensions: ['json', 'yaml', 'yml', 'csv'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const choice = deps.window ? await deps.dialog.showOpenDialog(deps.window, options) : await deps.dialog.showOpenDialog(options);
  const [path] = choice.filePaths;
  if (choice.canceled || !path) return { outcome: 'cancelled' };
  const fileName = basename(path);
  try {
    const { size } = await stat(path);
    if (size > maxFrameworkFileBytes) return { outcome: 'failed', message: tooLargeMessage(fileName, size) };
    return { outcome: 'opened', fileName, text: await readFile(path, 'utf8') };
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
