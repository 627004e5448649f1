/**
 * What the main process answers on each IPC channel. The contract's types make this map complete.
 */
import { BrowserWindow, dialog, app } from 'electron';
import type { FrameworkCatalog } from '../../shared/framework/catalog';
import type { IpcHandlers } from './ipc';
import { saveDocument } from './save-document';

/** The catalog is read once at start: the bundled files do not change while the app runs. */
export function createIpcHandlers(catalog: FrameworkCatalog): IpcHandlers {
  return {
    'frameworks:load': () => catalog,
    // The dialog belongs to the window that asked, so it opens over it (and is modal to it on macOS).
    'documents:save': ({ suggestedName, bytes }, event) =>
      saveDocument(suggestedName, bytes, {
        dialog,
        window: BrowserWindow.fromWebContents(event.sender),
        documentsDir: app.getPath('documents'),
      }),
  };
}
