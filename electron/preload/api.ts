/**
 * What the renderer gets as `window.waymark`: named functions over the IPC contract, nothing else.
 *
 * Kept free of Electron imports so the renderer can derive its type from this file (`WaymarkApi`),
 * and so the browser build can implement the same shape without Electron.
 */
import type { OpenFilePurpose } from '../../shared/files/open-file';
import type { IpcInvoke, SavedFileKind } from '../../shared/ipc/contract';

export function createWaymarkApi(invoke: IpcInvoke) {
  return {
    loadFrameworks: () => invoke('frameworks:load', undefined),
    saveFile: (suggestedName: string, kind: SavedFileKind, bytes: Uint8Array<ArrayBuffer>) =>
      invoke('files:save', { suggestedName, kind, bytes }),
    openFile: (purpose: OpenFilePurpose) => invoke('files:open', purpose),
  };
}

export type WaymarkApi = ReturnType<typeof createWaymarkApi>;
