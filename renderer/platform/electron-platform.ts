/**
 * The platform in the desktop app: a thin adapter over the API the preload exposes as window.waymark.
 */
import type { WaymarkApi } from '../../electron/preload/api';
import { listenForDroppedFiles } from './file-drop';
import type { Platform } from './platform';
import { backupPartBytes } from '../../shared/ipc/backup-parts';
import type { SaveOutcome } from '../../shared/ipc/contract';

/** Sends the file to the main process part by part: only one part at a time is ever copied out of the Blob. */
async function writeInParts(api: WaymarkApi, file: Blob): Promise<SaveOutcome> {
  const writeId = await api.beginAutomaticBackup();
  try {
    for (let offset = 0; offset < file.size; offset += backupPartBytes) {
      await api.appendAutomaticBackup(writeId, new Uint8Array(await file.slice(offset, offset + backupPartBytes).arrayBuffer()));
    }
  } catch (error) {
    await api.abandonAutomaticBackup(writeId);
    throw error;
  }
  return api.finishAutomaticBackup(writeId);
}

export function electronPlatform(api: WaymarkApi): Platform {
  return {
    loadFrameworks: () => api.loadFrameworks(),
    saveFile: async (suggestedName, kind, data) =>
      api.saveFile(suggestedName, kind, data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data),
    openFile: (purpose) => api.openFile(purpose),
    openFileBytes: (purpose) => api.openFileBytes(purpose),
    // The bytes come from the main process already: there is no file in the page to hand over unread.
    openFileForWorker: (purpose) => api.openFileBytes(purpose),
    automaticBackups: {
      write: (file) => writeInParts(api, file),
      list: () => api.listAutomaticBackups(),
      read: (name) => api.readAutomaticBackup(name),
      onBeforeQuit: (finish) => api.onBeforeQuit(finish),
    },
    // Nothing to add here: in Electron a page refusing to unload silently cancels the window's close, and
    // quitting already waits for the page (onBeforeQuit), whose last backup IndexedDB runs after every
    // write already begun.
    guardLeaving: () => undefined,
    onOutsideRequest: (listener) => {
      listenForDroppedFiles((dropped) => listener({ kind: 'file', ...dropped }));
      api.onMenuCommand((command) => listener({ kind: 'command', command }));
      // Files opened from the system arrive as their bytes, exactly like a dropped file (see files-from-system.ts).
      api.onFileOpened((opened) => listener({ kind: 'file', ...opened }));
    },
  };
}
