/**
 * What the renderer gets as `window.waymark`: named functions over the IPC contract, nothing else.
 *
 * Kept free of Electron imports so the renderer can derive its type from this file (`WaymarkApi`),
 * and so the browser build can implement the same shape without Electron.
 */
import type { OpenFilePurpose } from '../../shared/files/open-file';
import {
  mainEvents,
  type IpcInvoke,
  type MainEvent,
  type MainEventPayload,
  type MenuCommand,
  type SavedFileKind,
} from '../../shared/ipc/contract';

type OnMainEvent = <E extends MainEvent>(event: E, listener: (payload: MainEventPayload<E>) => void) => void;

export function createWaymarkApi(invoke: IpcInvoke, onMainEvent: OnMainEvent) {
  return {
    loadFrameworks: () => invoke('frameworks:load', undefined),
    saveFile: (suggestedName: string, kind: SavedFileKind, bytes: Uint8Array<ArrayBuffer>) =>
      invoke('files:save', { suggestedName, kind, bytes }),
    beginSaveFile: (suggestedName: string, kind: SavedFileKind) => invoke('files:save-begin', { suggestedName, kind }),
    appendSaveFile: (writeId: string, bytes: Uint8Array<ArrayBuffer>) => invoke('files:save-append', { writeId, bytes }),
    finishSaveFile: (writeId: string) => invoke('files:save-finish', writeId),
    abandonSaveFile: (writeId: string) => invoke('files:save-abandon', writeId),
    openFile: (purpose: OpenFilePurpose) => invoke('files:open', purpose),
    openFileBytes: (purpose: OpenFilePurpose) => invoke('files:open-bytes', purpose),
    beginAutomaticBackup: () => invoke('backups:begin', undefined),
    appendAutomaticBackup: (writeId: string, bytes: Uint8Array<ArrayBuffer>) => invoke('backups:append', { writeId, bytes }),
    finishAutomaticBackup: (writeId: string) => invoke('backups:finish', writeId),
    abandonAutomaticBackup: (writeId: string) => invoke('backups:abandon', writeId),
    listAutomaticBackups: () => invoke('backups:list', undefined),
    readAutomaticBackup: (name: string) => invoke('backups:read', name),
    /** Runs `finish` when the app is about to quit, then lets it quit (it waits a few seconds at most). */
    onBeforeQuit: (finish: () => Promise<void>) =>
      onMainEvent(mainEvents.beforeQuit, () => {
        void finish()
          .catch(() => undefined)
          .then(() => invoke('app:ready-to-quit', undefined));
      }),
    /** Runs `run` with each command the person chooses from the application menu. */
    onMenuCommand: (run: (command: MenuCommand) => void) => onMainEvent(mainEvents.menuCommand, run),
    /** Runs `run` with each file the system hands the app (opened from the file manager). */
    onFileOpened: (run: (opened: MainEventPayload<'app:open-file'>) => void) => onMainEvent(mainEvents.openFile, run),
  };
}

export type WaymarkApi = ReturnType<typeof createWaymarkApi>;
