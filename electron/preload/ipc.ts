/**
 * The renderer side of the IPC contract, and the only file that may touch `ipcRenderer`.
 *
 * Requests are checked before they leave, so a bad call fails here with a clear message instead of as
 * a refusal from the main process; responses are checked on arrival, so the page never works on
 * data the contract does not allow.
 */
import { ipcRenderer } from 'electron';
import {
  ipcSchemas,
  mainEventSchema,
  parseIpcPayload,
  type IpcInvoke,
  type MainEvent,
  type MainEventPayload,
} from '../../shared/ipc/contract';

export const invoke: IpcInvoke = async (channel, request) => {
  const schemas = ipcSchemas(channel);
  const checked = parseIpcPayload(schemas.request, request, `request on "${channel}"`);
  const response: unknown = await ipcRenderer.invoke(channel, checked);
  return parseIpcPayload(schemas.response, response, `response on "${channel}"`);
};

/**
 * Listens for a message from the main process. The page gets the checked payload only, never
 * Electron's event object (its `sender` would hand the page ipcRenderer itself).
 */
export function onMainEvent<E extends MainEvent>(event: E, listener: (payload: MainEventPayload<E>) => void): void {
  const schema = mainEventSchema(event);
  ipcRenderer.on(event, (_event, payload: unknown) => {
    const result = schema.safeParse(payload);
    // A malformed message is dropped: acting on it could only be wrong.
    if (result.success) listener(result.data);
    else console.error(`Ignored an invalid "${event}" message from the main process.`);
  });
}
