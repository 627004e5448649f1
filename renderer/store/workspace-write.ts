/**
 * How every slice writes to the workspace: the change is already on screen, the write runs in the
 * repository's one transaction, and a failure leaves what was entered on screen with a message that
 * says what to do and a way to try the same write again.
 */
import type { WorkspaceDatabase } from '../db/workspace-database';
import { canRetry, toWorkspaceError } from '../db/workspace-error';

export interface SaveProblem {
  message: string;
  /** Offered only where the same write can succeed when tried again. */
  retry?: (() => Promise<void>) | undefined;
}

/** The part of the store the write path reads and reports to (it lives in the workspace slice). */
export interface WriteState {
  db: WorkspaceDatabase | null;
  /** Set by every successful write: the next automatic backup has something new to keep. */
  changedSinceAutomaticBackup: boolean;
  saveState: 'idle' | 'saving' | 'saved' | 'failed';
  saveProblem: SaveProblem | null;
}

/**
 * Runs one write about `action` ("your rating"); resolves to whether it was saved. An `exclusive` write
 * (a restore, a lock change: they rewrite every record) runs alone: writes asked for meanwhile wait
 * until it is done, so none is sealed with a key it is replacing or read before it and lost.
 */
export type Write = (action: string, run: (db: WorkspaceDatabase) => Promise<void>, options?: { exclusive?: boolean }) => Promise<boolean>;

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

export function createWrite(set: (partial: Partial<WriteState>) => void, get: () => Pick<WriteState, 'db'>): Write {
  const write: Write = async (action, run, options) => {
    const { db } = get();
    if (!db) return false;
    set({ saveState: 'saving' });
    try {
      await runAfterExclusive(db, run, options?.exclusive ?? false);
      set({ saveState: 'saved', saveProblem: null, changedSinceAutomaticBackup: true });
      return true;
    } catch (error) {
      const problem = toWorkspaceError(error, action);
      const retry = canRetry(problem) ? async () => void (await write(action, run, options)) : undefined;
      set({ saveState: 'failed', saveProblem: { message: problem.message, retry } });
      return false;
    }
  };
  return write;
}
