/**
 * What the main process answers on each IPC channel. The contract's types make this map complete.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import type { FrameworkCatalog } from '../../shared/framework/catalog';
import {
  abandonAutomaticBackup,
  appendAutomaticBackup,
  beginAutomaticBackup,
  finishAutomaticBackup,
  listAutomaticBackups,
  readAutomaticBackup,
} from './automatic-backups';
import type { IpcHandlers } from './ipc';
import { openFile, openFileBytes } from './open-file';
import type { QuitHandshake } from './quit-handshake';
import { abandonSaveFile, appendSaveFile, beginSaveFile, finishSaveFile, saveFile, type SaveFileDeps } from './save-file';

/** Automatic backups live in the (pinned) user-data folder, beside the workspace itself. */
export function automaticBackupsDir(): string {
  return join(app.getPath('userData'), 'backups');
}

/** The save dialog over the window that asked, starting in the person's documents folder. */
function saveDialogOver(sender: WebContents): SaveFileDeps {
  return { dialog, window: BrowserWindow.fromWebContents(sender), documentsDir: app.getPath('documents') };
}

/** The catalog is read once at start: the bundled files do not change while the app runs. */
export function createIpcHandlers(catalog: FrameworkCatalog, quit: QuitHandshake): IpcHandlers {
  return {
    'frameworks:load': () => catalog,
    // Dialogs belong to the window that asked, so they open over it (and are modal to it on macOS).
    'files:save': ({ suggestedName, kind, bytes }, event) => saveFile(suggestedName, kind, bytes, saveDialogOver(event.sender)),
    'files:save-begin': ({ suggestedName, kind }, event) => beginSaveFile(suggestedName, kind, saveDialogOver(event.sender)),
    'files:save-append': async ({ writeId, bytes }) => {
      await appendSaveFile(writeId, bytes);
      return undefined;
    },
    'files:save-finish': (writeId) => finishSaveFile(writeId),
    'files:save-abandon': async (writeId) => {
      await abandonSaveFile(writeId);
      return undefined;
    },
    'files:open': (purpose, event) => openFile(purpose, { dialog, window: BrowserWindow.fromWebContents(event.sender) }),
    'files:open-bytes': (purpose, event) => openFileBytes(purpose, { dialog, window: BrowserWindow.fromWebContents(event.sender) }),
    'backups:begin': () => beginAutomaticBackup(automaticBackupsDir()),
    'backups:append': async ({ writeId, bytes }) => {
      await appendAutomaticBackup(writeId, bytes);
      return undefined;
    },
    'backups:finish': (writeId) => finishAutomaticBackup(writeId),
    'backups:abandon': async (writeId) => {
      await abandonAutomaticBackup(writeId);
      return undefined;
    },
    'backups:list': () => listAutomaticBackups(automaticBackupsDir()),
    'backups:read': (name) => readAutomaticBackup(automaticBackupsDir(), name),
    'app:ready-to-quit': (_request, event) => {
      quit.ready(BrowserWindow.fromWebContents(event.sender));
      return undefined;
    },
  };
}
