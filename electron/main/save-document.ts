/**
 * Saving a document on the desktop: a native save dialog, then the main process writes the file.
 * A closed dialog is not an error; a failed write says why and what to do.
 */
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { SaveOutcome } from '../../shared/ipc/contract';

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
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return `The document was not saved to ${path}: ${reason}. Choose another place, or free some space, and save again.`;
}

export interface SaveDocumentDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  window: BrowserWindow | null;
  /** Where the dialog starts: the person's documents folder. */
  documentsDir: string;
  write?: (path: string, bytes: Uint8Array) => Promise<void>;
}

export async function saveDocument(suggestedName: string, bytes: Uint8Array, deps: SaveDocumentDeps): Promise<SaveOutcome> {
  // Only a name: a path smuggled into the suggestion must not choose the folder.
  const defaultPath = join(deps.documentsDir, basename(suggestedName.replaceAll('\\', '/')));
  const options = { title: 'Save document', defaultPath, filters: [{ name: 'PDF document', extensions: ['pdf'] }] };
  const choice = deps.window ? await deps.dialog.showSaveDialog(deps.window, options) : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
  try {
    await (deps.write ?? writeFile)(choice.filePath, bytes);
    return { outcome: 'saved', location: choice.filePath };
  } catch (error) {
    return { outcome: 'failed', message: describeWriteFailure(error, choice.filePath) };
  }
}
