/**
 * The platform in the desktop app: a thin adapter over the API the preload exposes as window.waymark.
 */
import type { WaymarkApi } from '../../electron/preload/api';
import { listenForDroppedFiles } from './file-drop';
import type { Platform } from './platform';

export function electronPlatform(api: WaymarkApi): Platform {
  return {
    loadFrameworks: () => api.loadFrameworks(),
    saveFile: (suggestedName, kind, bytes) => api.saveFile(suggestedName, kind, bytes),
    openFile: (purpose) => api.openFile(purpose),
    openFileBytes: (purpose) => api.openFileBytes(purpose),
    automaticBackups: {
      write: (json) => api.writeAutomaticBackup(json),
      list: () => api.listAutomaticBackups(),
      read: (name) => api.readAutomaticBackup(name),
      onBeforeQuit: (finish) => api.onBeforeQuit(finish),
    },
    onOutsideRequest: (listener) => {
      listenForDroppedFiles((dropped) => listener({ kind: 'file', ...dropped }));
      api.onMenuCommand((command) => listener({ kind: 'command', command }));
      // Files opened from the system arrive read as UTF-8 by the main process (see files-from-system.ts).
      api.onFileOpened(({ file, bytes }) =>
        listener({
          kind: 'file',
          bytes,
          file:
            file.outcome === 'opened' ? { outcome: 'opened', fileName: file.fileName, bytes: new TextEncoder().encode(file.text) } : file,
        }),
      );
    },
  };
}
