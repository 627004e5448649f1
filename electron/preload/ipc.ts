/**
 * The renderer side of the IPC contract, and the only file that may touch `ipcRenderer`.
 *
 * Requests are checked before they leave, so a bad call fails here with a clear message instead of as
 * a refusal from the main process; responses are checked on arrival, so the page never works on
 * data the contract does not allow.
 */
import { ipcRenderer } from 'electron';
import { ipcSchemas, parseIpcPayload, type IpcInvoke, type MainEvent } from '../../shared/ipc/contract';

export const invoke: IpcInvoke = async (channel, request) => {
  const schemas = ipcSchemas(channel);
  const checked = parseIpcPayload(schemas.request, request, `request on "${channel}"`);
  const response: unknown = await ipcRenderer.invoke(channel, checked);
  return parseIpcPayload(schemas.response, response, `response on "${channel}"`);
};

/** Listens for a message from the main process; the page gets no event object, only the call. */
export function onMainEvent(event: MainEvent, listener: () => void): void {
  ipcRenderer.on(event, () => listener());
}
