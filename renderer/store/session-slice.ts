/**
 * The session with the workspace, owned here and nowhere else: the open database, whether it could be
 * opened, and how the last write went. Every slice writes through `write`: the change is already on
 * screen, the write runs in the repository's one transaction, and a failure leaves what was entered on
 * screen with a message that says what to do and a way to try the same write again.
 */
import type { StateCreator } from 'zustand';
import { newestImportedFrameworks } from '../db/imported-frameworks-repository';
import { ensureMe } from '../db/people-repository';
import type { WorkspaceDatabase } from '../db/workspace-database';
import { canRetry, toWorkspaceError } from '../db/workspace-error';
import type { AppState } from './app-store';

export interface SaveProblem {
  message: string;
  /** Offered only where the same write can succeed when tried again. */
  retry?: (() => Promise<void>) | undefined;
}

export interface WriteOptions {
  /**
   * What the write is, for a failure that does not come from a repository ("the restore"); the
   * repositories name what failed in their own messages.
   */
  action?: string;
  /**
   * An exclusive write (a restore, a lock change: they rewrite every record) runs alone: writes asked
   * for meanwhile wait until it is done, so none is sealed with a key it is replacing or read before it and lost.
   */
  exclusive?: boolean;
}

/** Runs one write; resolves to whether it was saved. */
export type Write = (run: (db: WorkspaceDatabase) => Promise<void>, options?: WriteOptions) => Promise<boolean>;

/** The exclusive write in progress on each database, if any. */
const exclusiveWrites = new WeakMap<WorkspaceDatabase, Promise<unknown>>();

async function runAfterExclusive(db: WorkspaceDatabase, run: (db: WorkspaceDatabase) => Promise<void>, exclusive: boolean): Promise<void> {
  const before = exclusiveWrites.get(db);
  if (!exclusive) {
    await before;
    return run(db);
  }
  const running = (async () => {
    await before;
    await run(db);
  })();
  exclusiveWrites.set(
    db,
    running.catch(() => undefined),
  );
  return running;
}

export interface SessionSlice {
  workspaceStatus: 'opening' | 'locked' | 'ready' | 'failed';
  workspaceError: string | null;
  db: WorkspaceDatabase | null;
  saveState: 'idle' | 'saving' | 'saved' | 'failed';
  /** Writes begun and not yet saved or failed: the app is "Saving…" while there are any. */
  writesInFlight: number;
  saveProblem: SaveProblem | null;
  /** Writes saved since the app started: the automatic backup compares it with what it last kept. */
  savedWrites: number;

  /** Opens the workspace (creating "me" on first run) and reads what the screens show from it. */
  attachWorkspace(open: () => Promise<WorkspaceDatabase>): Promise<void>;
  /** The workspace is locked: nothing opens until the passphrase is given. */
  holdForPassphrase(): void;
  /** The workspace could not be opened: `error` says why (a message, or what was thrown). */
  failToOpen(error: unknown): void;
  /** Reads the people, the imported frameworks and the revert point afresh: at start, and after the workspace was replaced. */
  reloadWorkspace(db: WorkspaceDatabase): Promise<void>;
  write: Write;
  dismissSaveProblem(): void;
}

type Slice = StateCreator<AppState, [], [], SessionSlice>;

export const createSessionSlice: Slice = (set, get) => ({
  workspaceStatus: 'opening',
  workspaceError: null,
  db: null,
  saveState: 'idle',
  writesInFlight: 0,
  saveProblem: null,
  savedWrites: 0,

  async attachWorkspace(open) {
    try {
      const db = await open();
      // The database is in place before the people appear: a person's screen opened by the address
      // (a reload on their Plan tab) loads their data as soon as they are listed, and needs it then.
      set({ db });
      await get().reloadWorkspace(db);
      // "Me" is created on the first run only: every later start finds them in the list just read, and
      // writes nothing before the first screen.
      if (!get().people.some((person) => person.relationship === 'me')) {
        await ensureMe(db);
        await get().loadPeople(db);
      }
      set({ workspaceStatus: 'ready', workspaceError: null });
    } catch (error) {
      get().failToOpen(error);
    }
  },

  holdForPassphrase() {
    set({ workspaceStatus: 'locked' });
  },

  failToOpen(error) {
    const message = typeof error === 'string' ? error : toWorkspaceError(error, 'your workspace', 'load').message;
    set({ workspaceStatus: 'failed', workspaceError: message });
  },

  async reloadWorkspace(db) {
    const [imported] = await Promise.all([newestImportedFrameworks(db), get().loadPeople(db), get().loadRevertPoint(db)]);
    get().setImportedFrameworks(imported);
  },

  async write(run, options = {}) {
    const { db } = get();
    if (!db) return false;
    set({ saveState: 'saving', writesInFlight: get().writesInFlight + 1 });
    try {
      await runAfterExclusive(db, run, options.exclusive ?? false);
      const writesInFlight = get().writesInFlight - 1;
      // "Saved" once the last of the writes running side by side is.
      set({ saveState: writesInFlight > 0 ? 'saving' : 'saved', writesInFlight, saveProblem: null, savedWrites: get().savedWrites + 1 });
      return true;
    } catch (error) {
      const problem = toWorkspaceError(error, options.action ?? 'your change');
      const retry = canRetry(problem) ? async () => void (await get().write(run, options)) : undefined;
      set({ saveState: 'failed', writesInFlight: get().writesInFlight - 1, saveProblem: { message: problem.message, retry } });
      return false;
    }
  },

  dismissSaveProblem() {
    // Writes still running keep the header on "Saving…".
    set({ saveProblem: null, saveState: get().writesInFlight > 0 ? 'saving' : 'idle' });
  },
});
