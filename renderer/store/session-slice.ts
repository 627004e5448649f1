/**
 * The session with the workspace, owned here and nowhere else: the open database, whether it could be
 * opened, and how the last write went. Every slice writes through `write`: the change is already on
 * screen, the write runs in the repository's one transaction, and a failure leaves what was entered on
 * screen with a message that says what to do and a way to try the same write again.
 */
import type { StateCreator } from 'zustand';
import { importedFrameworks } from '../db/imported-frameworks-repository';
import { ensureMe } from '../db/people-repository';
import type { WorkspaceDatabase } from '../db/workspace-database';
import { toWorkspaceError } from '../db/workspace-error';
import type { AppState } from './app-store';

export interface SaveProblem {
  message: string;
  retry: () => Promise<void>;
}

/**
 * Runs one write; resolves to whether it was saved. The repository names what failed in its own
 * messages; `action` ("the restore") names it for a failure that does not come from a repository.
 */
export type Write = (run: (db: WorkspaceDatabase) => Promise<void>, action?: string) => Promise<boolean>;

export interface SessionSlice {
  workspaceStatus: 'opening' | 'locked' | 'ready' | 'failed';
  workspaceError: string | null;
  db: WorkspaceDatabase | null;
  saveState: 'idle' | 'saving' | 'saved' | 'failed';
  saveProblem: SaveProblem | null;
  /** Writes saved since the app started: the automatic backup compares it with what it last kept. */
  savedWrites: number;

  /** Opens the workspace (creating "me" on first run) and reads what the screens show from it. */
  attachWorkspace(open: () => Promise<WorkspaceDatabase>): Promise<void>;
  /** The workspace is locked: nothing opens until the passphrase is given. */
  holdForPassphrase(): void;
  /** Reads the people and the imported frameworks afresh: at start, and after the workspace was replaced. */
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
  saveProblem: null,
  savedWrites: 0,

  async attachWorkspace(open) {
    try {
      const db = await open();
      await ensureMe(db);
      await get().reloadWorkspace(db);
      set({ db, workspaceStatus: 'ready', workspaceError: null });
    } catch (error) {
      set({ workspaceStatus: 'failed', workspaceError: toWorkspaceError(error, 'your workspace', 'load').message });
    }
  },

  holdForPassphrase() {
    set({ workspaceStatus: 'locked' });
  },

  async reloadWorkspace(db) {
    const [imported] = await Promise.all([importedFrameworks(db), get().loadPeople(db)]);
    get().setImportedVersions(imported);
  },

  async write(run, action = 'your change') {
    const { db } = get();
    if (!db) return false;
    set({ saveState: 'saving' });
    try {
      await run(db);
      set({ saveState: 'saved', saveProblem: null, savedWrites: get().savedWrites + 1 });
      return true;
    } catch (error) {
      const problem = toWorkspaceError(error, action);
      set({ saveState: 'failed', saveProblem: { message: problem.message, retry: async () => void (await get().write(run, action)) } });
      return false;
    }
  },

  dismissSaveProblem() {
    set({ saveProblem: null, saveState: 'idle' });
  },
});
