/**
 * What the main process answers on each IPC channel. The contract's types make this map complete.
 */
import type { FrameworkCatalog } from '../../shared/framework/catalog';
import type { IpcHandlers } from './ipc';

/** The catalog is read once at start: the bundled files do not change while the app runs. */
export function createIpcHandlers(catalog: FrameworkCatalog): IpcHandlers {
  return {
    'frameworks:load': () => catalog,
  };
}
