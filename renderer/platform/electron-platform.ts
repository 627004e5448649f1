/**
 * The platform in the desktop app: a thin adapter over the API the preload exposes as window.waymark.
 */
import type { WaymarkApi } from '../../electron/preload/api';
import { listenForDroppedFiles } from './file-drop';
import type { Platform } from './platform';
import { backupPartBytes } from '../../shared/ipc/backup-parts';
import type { SavedFileKind, SaveOutcome } from '../../shared/ipc/contract';

/** The main process's end of a file written in parts: an automatic backup's, or a save's. */
interface PartsReceiver {
  append: (writeId: string, bytes: Uint8Array<ArrayBuffer>) => Promise<undefined>;
  finish: (writeId: string) => Promise<SaveOutcome>;
  abandon: (writeId: string) => Promise<undefined>;
}

/** Sends the file to the main process part by part: only one part at a time is ever copied out of the Blob. */
async function sendInParts(file: Blob, writeId: string, receiver: PartsReceiver): Promise<SaveOutcome> {
  try {
    for (let offset = 0; offset < file.size; offset += backupPartBytes) {
      await receiver.append(writeId, new Uint8Array(await file.slice(offset, offset + backupPartBytes).arrayBuffer()));
    }
  } catch (error) {
    // The error that stopped the parts is the one to report, not a failed abandon after it.
    await receiver.abandon(writeId).catch(() => undefined);
    throw error;
  }
  return receiver.finish(writeId);
}

export function electronPlatform(api: WaymarkApi): Platform {
  /** Saves of a Blob being written (the place chosen): a quit waits for them, as for the last automatic backup (a few seconds at most). */
  const saving = new Set<Promise<SaveOutcome>>();

  async function saveInParts(suggestedName: string, kind: SavedFileKind, file: Blob): Promise<SaveOutcome> {
    const begun = await api.beginSaveFile(suggestedName, kind);
    if (begun.outcome !== 'writing') return begun;
    // Only from here: a save dialog still open holds no quit.
    const sent = sendInParts(file, begun.writeId, { append: api.appendSaveFile, finish: api.finishSaveFile, abandon: api.abandonSaveFile });
    saving.add(sent);
    try {
      return await sent;
    } finally {
      saving.delete(sent);
    }
  }

  return {
    loadFrameworks: () => api.loadFrameworks(),
    // A Blob (a backup, tens of megabytes at 300 people) goes in parts, never whole in one message.
    saveFile: async (suggestedName, kind, data) => {
      if (!(data instanceof Blob)) return api.saveFile(suggestedName, kind, data);
      return saveInParts(suggestedName, kind, data);
    },
    openFile: (purpose) => api.openFile(purpose),
    openFileBytes: (purpose) => api.openFileBytes(purpose),
    // The bytes come from the main process already: there is no file in the page to hand over unread.
    openFileForWorker: (purpose) => api.openFileBytes(purpose),
    automaticBackups: {
      write: async (file) =>
        sendInParts(file, await api.beginAutomaticBackup(), {
          append: api.appendAutomaticBackup,
          finish: api.finishAutomaticBackup,
          abandon: api.abandonAutomaticBackup,
        }),
      list: () => api.listAutomaticBackups(),
      read: (name) => api.readAutomaticBackup(name),
      // A backup being saved where the person chose is finished too, not cut off by the quit.
      onBeforeQuit: (finish) =>
        api.onBeforeQuit(async () => {
          await Promise.allSettled([finish(), ...saving]);
        }),
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
