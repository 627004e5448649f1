/**
 * The one IPC contract: every channel between the renderer and the main process, with the zod
 * schemas of what goes in and what comes back. Both sides' wrappers are typed from this map, and both
 * parse what they receive with it, so neither trusts the other blindly.
 */
import { z } from 'zod';
import { frameworkCatalogSchema } from '../framework/catalog';
import { describeIssues } from '../framework/parse';
import { openFilePurposeSchema } from '../files/open-file';

/** What kind of file is being saved: it sets the save dialog's filter. */
export const savedFileKindSchema = z.enum(['pdf', 'json', 'csv', 'md']);
export type SavedFileKind = z.infer<typeof savedFileKindSchema>;

/** A file to save: the name suggested to the person, its kind, and its bytes. */
export const saveFileRequestSchema = z.object({
  suggestedName: z.string().min(1).max(200),
  kind: savedFileKindSchema,
  bytes: z.instanceof(Uint8Array),
});

/** A file the person chose, read as UTF-8 text (a backup, which Waymark wrote); or why not. */
export const openedFileSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('opened'), fileName: z.string(), text: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('failed'), message: z.string() }),
]);

export type OpenedFile = z.infer<typeof openedFileSchema>;

/** A file the person chose, as its bytes (a framework file, whose encoding is worked out after); or why not. */
export const openedBytesSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('opened'), fileName: z.string(), bytes: z.instanceof(Uint8Array) }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('failed'), message: z.string() }),
]);

export type OpenedBytes = z.infer<typeof openedBytesSchema>;

/** One automatic backup in the user-data folder. */
export const automaticBackupEntrySchema = z.object({ name: z.string(), createdAt: z.string(), bytes: z.number().int().nonnegative() });
export type AutomaticBackupEntry = z.infer<typeof automaticBackupEntrySchema>;

/** Saved (where), cancelled by the person (not an error), or failed (why, and what to do). */
export const saveOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), location: z.string() }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('failed'), message: z.string() }),
]);

export type SaveOutcome = z.infer<typeof saveOutcomeSchema>;

/** Names a file being written in parts (an automatic backup, a backup saved where the person chose). */
export const writeIdSchema = z.uuid();

/** The next part of a file being written in parts, in order. */
const filePartSchema = z.object({ writeId: writeIdSchema, bytes: z.instanceof(Uint8Array) });

/** A file to be saved in parts: cancelled (the dialog was closed), failed (why), or the id its parts are sent under. */
export const saveBegunSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('failed'), message: z.string() }),
  z.object({ outcome: z.literal('writing'), writeId: writeIdSchema }),
]);

export type SaveBegun = z.infer<typeof saveBegunSchema>;

export const ipcContract = {
  /** The bundled frameworks, validated, with the files that failed validation. */
  'frameworks:load': {
    request: z.undefined(),
    response: frameworkCatalogSchema,
  },
  /** Asks where to save a file (a native dialog) and writes it there. */
  'files:save': {
    request: saveFileRequestSchema,
    response: saveOutcomeSchema,
  },
  /**
   * The same for a file too large for one message (a backup): begin asks where (a native dialog), append
   * adds the next part in order, finish puts the file in place over any file there, abandon drops it.
   */
  'files:save-begin': {
    request: saveFileRequestSchema.omit({ bytes: true }),
    response: saveBegunSchema,
  },
  'files:save-append': {
    request: filePartSchema,
    response: z.undefined(),
  },
  'files:save-finish': {
    request: writeIdSchema,
    response: saveOutcomeSchema,
  },
  'files:save-abandon': {
    request: writeIdSchema,
    response: z.undefined(),
  },
  /** Asks for a file of a kind (a native dialog) and reads it, refusing one over that kind's size limit. */
  'files:open': {
    request: openFilePurposeSchema,
    response: openedFileSchema,
  },
  /** The same, reading the file's bytes: a framework file's encoding is worked out (and shown) after. */
  'files:open-bytes': {
    request: openFilePurposeSchema,
    response: openedBytesSchema,
  },
  /**
   * An automatic backup (the whole workspace as JSON) written to the user-data folder in parts, so no
   * message holds the whole file: begin (waits for the folder's previous write) gives the id the parts
   * go under, append adds the next part in order, finish puts the file in place and prunes old ones,
   * abandon drops it.
   */
  'backups:begin': {
    request: z.undefined(),
    response: writeIdSchema,
  },
  'backups:append': {
    request: filePartSchema,
    response: z.undefined(),
  },
  'backups:finish': {
    request: writeIdSchema,
    response: saveOutcomeSchema,
  },
  'backups:abandon': {
    request: writeIdSchema,
    response: z.undefined(),
  },
  'backups:list': {
    request: z.undefined(),
    response: z.array(automaticBackupEntrySchema),
  },
  /** Reads one automatic backup, by the name the list gave. */
  'backups:read': {
    request: z.string(),
    response: openedFileSchema,
  },
  /** The page has finished what it does before the app quits (its last backup): the window may close. */
  'app:ready-to-quit': {
    request: z.undefined(),
    response: z.undefined(),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof ipcContract;

/** The application menu's commands that the page carries out (the rest, such as Quit, the main process does). */
export const menuCommandSchema = z.enum(['import-framework', 'save-backup', 'restore-backup', 'export-document']);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/**
 * Messages the main process sends to the page, with the schema of what each carries (no answer is
 * expected; where the page replies, it does so on a channel above). The page parses every payload.
 */
export const mainEventContract = {
  /** The app is about to quit: finish up, then invoke 'app:ready-to-quit'. */
  'app:before-quit': z.undefined(),
  /** The person chose a command from the application menu. */
  'app:menu-command': menuCommandSchema,
  /**
   * The system handed Waymark a file (the file manager's Open With, a second launch): its bytes, as a
   * dropped or chosen file's, since a framework file may be in any encoding or a workbook; with its size.
   */
  'app:open-file': z.object({ file: openedBytesSchema, bytes: z.number().int().nonnegative() }),
} as const satisfies Record<string, z.ZodType>;

export const mainEvents = {
  beforeQuit: 'app:before-quit',
  menuCommand: 'app:menu-command',
  openFile: 'app:open-file',
} as const satisfies Record<string, keyof typeof mainEventContract>;

export type MainEvent = keyof typeof mainEventContract;
export type MainEventPayload<E extends MainEvent> = z.infer<(typeof mainEventContract)[E]>;

type MainEventSchemas = { [E in MainEvent]: z.ZodType<MainEventPayload<E>> };
const mainEventSchemas: MainEventSchemas = mainEventContract;

export function mainEventSchema<E extends MainEvent>(event: E): MainEventSchemas[E] {
  return mainEventSchemas[event];
}
export type IpcChannel = keyof IpcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<IpcContract[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<IpcContract[C]['response']>;

/** What a typed invoke looks like from the renderer's side; the preload supplies one. */
export type IpcInvoke = <C extends IpcChannel>(channel: C, request: IpcRequest<C>) => Promise<IpcResponse<C>>;

/**
 * The contract re-typed per channel. Indexing this mapped type with a generic channel keeps the link
 * between a channel and its schemas, which indexing `ipcContract` directly loses.
 */
type ChannelSchemas = { [C in IpcChannel]: { request: z.ZodType<IpcRequest<C>>; response: z.ZodType<IpcResponse<C>> } };
const channelSchemas: ChannelSchemas = ipcContract;

export function ipcSchemas<C extends IpcChannel>(channel: C): ChannelSchemas[C] {
  return channelSchemas[channel];
}

/** Parses what crossed the bridge, or throws saying what (`what`) was wrong and where. */
export function parseIpcPayload<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`Invalid ${what}:\n${describeIssues(result.error)}`);
  return result.data;
}
