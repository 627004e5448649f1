/**
 * What the renderer gets as `window.waymark`: named functions over the IPC contract, nothing else.
 *
 * Kept free of Electron imports so the renderer can derive its type from this file (`WaymarkApi`),
 * and so the browser build can implement the same shape without Electron.
 */
import type { IpcInvoke } from '../../shared/ipc/contract';

export function createWaymarkApi(invoke: IpcInvoke) {
  return {
    loadFrameworks: () => invoke('frameworks:load', undefined),
    saveDocument: (suggestedName: string, bytes: Uint8Array<ArrayBuffer>) => invoke('documents:save', { suggestedName, bytes }),
  };
}

export type WaymarkApi = ReturnType<typeof createWaymarkApi>;
