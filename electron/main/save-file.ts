/**
 * Saving a file on the desktop (a document, an exported framework): a native save dialog, then the
 * main process writes the file through a temporary one (replace-file.ts), so a failed or interrupted
 * write leaves whatever file was there before. A closed dialog is not an error; a failed write says
 * why and what to do.
 */
import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { SaveBegun, SavedFileKind, SaveOutcome } from '../../shared/ipc/contract';
import { errorCode, errorMessage } from '../../shared/errors/error-message';
import { abandonParts, appendPart, beginParts, finishParts } from './file-in-parts';
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

/** Where the person chose to save the file, or nothing if they closed the dialog. */
async function choosePath(suggestedName: string, kind: SavedFileKind, deps: SaveFileDeps): Promise<string | undefined> {
  // Only a name: a path smuggled into the suggestion must not choose the folder.
  const defaultPath = join(deps.documentsDir, basename(suggestedName.replaceAll('\\', '/')));
  const options = { title: 'Save', defaultPath, filters: [filters[kind]] };
  const choice = deps.window ? await deps.dialog.showSaveDialog(deps.window, options) : await deps.dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? undefined : choice.filePath;
}

export async function saveFile(suggestedName: string, kind: SavedFileKind, bytes: Uint8Array, deps: SaveFileDeps): Promise<SaveOutcome> {
  const path = await choosePath(suggestedName, kind, deps);
  if (!path) return { outcome: 'cancelled' };
  try {
    await (deps.write ?? replaceFile)(path, bytes);
    return { outcome: 'saved', location: path };
  } catch (error) {
    return { outcome: 'failed', message: describeWriteFailure(error, path) };
  }
}

/**
 * A file too large for one message (a backup of many people): the save dialog, then the parts the page
 * sends under the id this gives (file-in-parts.ts), then finishSaveFile.
 */
export async function beginSaveFile(suggestedName: string, kind: SavedFileKind, deps: SaveFileDeps): Promise<SaveBegun> {
  const path = await choosePath(suggestedName, kind, deps);
  if (!path) return { outcome: 'cancelled' };
  const { writeId, failure } = await beginParts({ owner: 'save', path });
  if (failure !== undefined) {
    // Said at once, not after the whole file has been sent.
    await abandonParts('save', writeId);
    return { outcome: 'failed', message: describeWriteFailure(failure, path) };
  }
  return { outcome: 'writing', writeId };
}

export function appendSaveFile(writeId: string, bytes: Uint8Array): Promise<void> {
  return appendPart('save', writeId, bytes);
}

export function abandonSaveFile(writeId: string): Promise<void> {
  return abandonParts('save', writeId);
}

export async function finishSaveFile(writeId: string): Promise<SaveOutcome> {
  const written = await finishParts('save', writeId);
  if (written.outcome === 'written') return { outcome: 'saved', location: written.path };
  if (written.outcome === 'failed') return { outcome: 'failed', message: describeWriteFailure(written.error, written.path) };
  return { outcome: 'failed', message: 'The file was not saved: its parts stopped arriving, and the write was abandoned. Save it again.' };
}
