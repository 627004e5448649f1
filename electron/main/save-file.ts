/**
 * Saving a file on the desktop (a document, an exported framework): a native save dialog, then the
 * main process writes the file through a temporary one (replace-file.ts), so a failed or interrupted
 * write leaves whatever file was there before. A closed dialog is not an error; a failed write says
 * why and what to do.
 */
import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { SavedFileKind, SaveOutcome } from '../../shared/ipc/contract';
import { errorCode, errorMessage } from '../../shared/errors/error-message';
import { replaceFile } from './replace-file';

const reasons: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'Waymark may not write there',
  EPERM: 'Waymark may not write there',
  EROFS: 'that place is read-only',
  ENOENT: 'that folder no longer exists',
  EISDIR: 'a folder has that name',
};

export function describeWriteFailure(error: unknown, path: string): string {
  const code = errorCode(error);
  const reason = (code && reasons[code]) ?? errorMessage(error);
  return `The file was not saved to ${path}: ${reason}. Choose another place, or free some space, and save again.`;
}

export interface SaveFileDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  window: BrowserWindow | null;
  /** Where the dialog starts: the person's documents folder. */
  documentsDir: string;
  write?: (path: string, bytes: Uint8Array) => Promise<void>;
}

const filters: Record<SavedFileKind, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  json: { name: 'JSON framework file', extensions: ['json'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  md: { name: 'Markdown text', extensions: ['md'] },
};

export async function saveFile(suggestedName: string, kind: SavedFileKind, bytes: Uint8Array, deps: SaveFileDeps): Promise<SaveOutcome> {
  // Only a name: a path smuggled into the suggestion must not choose the folder.
  const defaultPath = join(deps.documentsDir, basename(suggestedName.replaceAll('\\', '/')));
  const options = { title: 'Save', defaultPath, filters: [filters[kind]] };
  const choice = deps.window ? await deps.dialog.showSaveDialog(deps.window, options) : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
  try {
    await (deps.write ?? replaceFile)(choice.filePath, bytes);
    return { outcome: 'saved', location: choice.filePath };
  } catch (error) {
    return { outcome: 'failed', message: describeWriteFailure(error, choice.filePath) };
  }
}
