/**
 * The one IPC contract: every channel between the renderer and the main process, with the zod
 * schemas of what goes in and what comes back. Both sides' wrappers are typed from this map, and both
 * parse what they receive with it, so neither trusts the other blindly.
 */
import { z } from 'zod';
import { frameworkCatalogSchema } from '../framework/catalog';

export const ipcContract = {
  /** The bundled frameworks, validated, with the files that failed validation. */
  'frameworks:load': {
    request: z.undefined(),
    response: frameworkCatalogSchema,
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<IpcContract[C]['response']>;

/** What a typed invoke looks like from the renderer's side; the preload supplies one. */
export type IpcInvoke = <C extends IpcChannel>(channel: C, request: IpcRequest<C>) => Promise<IpcResponse<C>>;
