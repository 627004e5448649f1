/**
 * What the main process answers on each IPC channel. The contract's types make this map complete.
 */
import { app, BrowserWindow, dialog } from 'electron';
import type { FrameworkCatalog } from '../../shared/framework/catalog';
import type { IpcHandlers } from './ipc';
import { openFile } from './open-file';
import { saveFile } from './save-file';

/** The catalog is read once at start: the bundled files do not change while the app runs. */
export function createIpcHandlers(catalog: FrameworkCatalog): IpcHandlers {
  return {
    'frameworks:load': () => catalog,
    // Dialogs belong to the window that asked, so they open over it (and are modal to it on macOS).
    'files:save': ({ suggestedName, kind, bytes }, event) =>
      saveFile(suggestedName, kind, bytes, {
        dialog,
        window: BrowserWindow.fromWebContents(event.sender),
        documentsDir: app.getPath('documents'),
      }),
    'files:open': (purpose, event) => openFile(purpose, { dialog, window: BrowserWindow.fromWebContents(event.sender) }),
  };
}
