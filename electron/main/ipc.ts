/**
 * The main side of the IPC contract, and the only main-process file that may touch `ipcMain`.
 *
 * Every call is checked three times: who sent it (our own window, showing our own page), what it
 * carries (the contract's request schema), and what we answer (the response schema), so a bug in a
 * handler cannot send the renderer something the contract does not allow.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  ipcContract,
  ipcSchemas,
  mainEventSchema,
  parseIpcPayload,
  type IpcChannel,
  type IpcRequest,
  type IpcResponse,
  type MainEvent,
  type MainEventPayload,
} from '../../shared/ipc/contract';
import { originOf } from './app-protocol';

export type IpcHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => IpcResponse<C> | Promise<IpcResponse<C>>;

/** One handler per channel: adding a channel to the contract without a handler fails the typecheck. */
export type IpcHandlers = { [C in IpcChannel]: IpcHandler<C> };

export interface SenderTrust {
  /** Page origins allowed to call, as `originOf` gives them. */
  allowedOrigins: readonly string[];
  /** Whether the webContents is one of the app's own windows. */
  isAppWebContents: (contents: WebContents) => boolean;
}

function isTrustedSender(event: IpcMainInvokeEvent, trust: SenderTrust): boolean {
  const frame = event.senderFrame;
  // null once the frame has navigated away or gone: whoever asked is no longer there to trust.
  if (frame === null) return false;
  // Only the top frame; the CSP forbids frames anyway, this keeps IPC safe if that ever changes.
  if (frame.parent !== null) return false;
  const origin = originOf(frame.url);
  return origin !== null && trust.allowedOrigins.includes(origin) && trust.isAppWebContents(event.sender);
}

export function handle<C extends IpcChannel>(channel: C, handler: IpcHandler<C>, trust: SenderTrust): void {
  const schemas = ipcSchemas(channel);
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    if (!isTrustedSender(event, trust)) {
      throw new Error(`Refused IPC "${channel}" from untrusted sender ${event.senderFrame?.url ?? '(no frame)'}`);
    }
    if (args.length > 1) throw new Error(`Invalid request on "${channel}": expected one argument, got ${args.length}`);
    const request = parseIpcPayload(schemas.request, args[0], `request on "${channel}"`);
    const response = await handler(request, event);
    return parseIpcPayload(schemas.response, response, `response from the "${channel}" handler`);
  });
}

function isIpcChannel(key: string): key is IpcChannel {
  return Object.hasOwn(ipcContract, key);
}

function handleFromMap<C extends IpcChannel>(channel: C, handlers: IpcHandlers, trust: SenderTrust): void {
  handle(channel, handlers[channel], trust);
}

export function registerIpcHandlers(handlers: IpcHandlers, trust: SenderTrust): void {
  for (const channel of Object.keys(ipcContract).filter(isIpcChannel)) handleFromMap(channel, handlers, trust);
}

/** Sends the page a message of the contract, checked against its schema before it leaves. */
export function sendToPage<E extends MainEvent>(contents: WebContents, event: E, payload: MainEventPayload<E>): void {
  contents.send(event, parseIpcPayload(mainEventSchema(event), payload, `"${event}" message`));
}
