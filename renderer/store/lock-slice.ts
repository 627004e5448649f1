/**
 * The passphrase lock from the store's side: opening the workspace at start (or waiting for its
 * passphrase), unlocking it, and turning the lock on, changing it or turning it off. At start the
 * records on disk are compared with the lock's settings; records left plain in a locked workspace are
 * sealed as soon as the key is known, and the person is told.
 */
import type { StateCreator } from 'zustand';
import { openWorkspaceDatabase, type WorkspaceDatabase } from '../db/workspace-database';
import { lockState, removePassphrase, sealPlainRecords, setPassphrase, unlockWorkspace, type LockState } from '../db/workspace-lock';
import { adoptLegacyStores, mayHaveLegacyStores } from '../db/workspace-settings';
import type { AppState } from './app-store';
import type { Write } from './session-slice';

export interface LockSlice {
  /** Whether the workspace is sealed with a passphrase. */
  locked: boolean;
  unlockError: string | null;
  /** Records found stored plain in the locked workspace at start; sealed once it is unlocked. */
  plainRecordsAtStart: number;
  /** What was found wrong with the lock at start and put right, said once. */
  lockNotice: string | null;
  /** While the lock is turned on, changed or off: records rewritten so far, of how many. */
  lockProgress: { done: number; total: number } | null;
  /** At start: opens the workspace, or waits for the passphrase if it is locked. */
  startWorkspace(name?: string): Promise<void>;
  unlock(passphrase: string): Promise<boolean>;
  lockWithPassphrase(passphrase: string): Promise<boolean>;
  removeLock(): Promise<boolean>;
  dismissLockNotice(): void;
}

type Slice = StateCreator<AppState, [], [], LockSlice>;

export function repairedNotice(count: number): string {
  const records = count === 1 ? '1 record was' : `${count} records were`;
  return `${records} stored unencrypted in this locked workspace (turning the lock on had been interrupted, or they were kept by an earlier version of Waymark). They are encrypted now; older copies may stay in the storage files until the browser engine compacts them.`;
}

export const createLockSlice: Slice = (set, get) => {
  const write: Write = (run, options) => get().write(run, options);
  /** The opened workspace while it waits for its passphrase. */
  let waiting: WorkspaceDatabase | null = null;
  /** How its records stood when it was opened: looked at once, not again on unlocking. */
  let waitingState: LockState | undefined;

  const progress = (done: number, total: number) => set({ lockProgress: { done, total } });

  return {
    locked: false,
    unlockError: null,
    plainRecordsAtStart: 0,
    lockNotice: null,
    lockProgress: null,

    async startWorkspace(name = 'waymark') {
      let db: WorkspaceDatabase;
      try {
        const [opened, legacy] = await Promise.all([openWorkspaceDatabase(name), mayHaveLegacyStores(name)]);
        db = opened;
        if (legacy) await adoptLegacyStores(db);
        const state = await lockState(db);
        if (state.locked) {
          waiting = db;
          waitingState = state;
          set({ locked: true, plainRecordsAtStart: state.plainRecords });
          get().holdForPassphrase();
          return;
        }
        if (state.sealedRecords > 0) {
          db.close();
          get().failToOpen(
            'Records of your workspace are encrypted, but its passphrase settings are missing, so they cannot be opened. Waymark changed nothing: keep its data folder as it is, and report this message.',
          );
          return;
        }
      } catch (error) {
        get().failToOpen(error);
        return;
      }
      await get().attachWorkspace(async () => db);
    },

    async unlock(passphrase) {
      const db = waiting;
      if (!db) return false;
      if (!(await unlockWorkspace(db, passphrase))) {
        set({ unlockError: 'That passphrase does not unlock this workspace. Check it (letter case counts) and try again.' });
        return false;
      }
      try {
        const repaired = await sealPlainRecords(db, waitingState);
        set({ lockNotice: repaired > 0 ? repairedNotice(repaired) : null });
      } catch (error) {
        get().failToOpen(error);
        return false;
      }
      waiting = null;
      waitingState = undefined;
      set({ unlockError: null, plainRecordsAtStart: 0 });
      await get().attachWorkspace(async () => db);
      return true;
    },

    async lockWithPassphrase(passphrase) {
      const ok = await write((db) => setPassphrase(db, passphrase, undefined, progress), {
        action: 'the passphrase lock',
        exclusive: true,
      });
      set(ok ? { locked: true, lockProgress: null } : { lockProgress: null });
      return ok;
    },

    async removeLock() {
      const ok = await write((db) => removePassphrase(db, progress), { action: 'turning the lock off', exclusive: true });
      set(ok ? { locked: false, lockProgress: null } : { lockProgress: null });
      return ok;
    },

    dismissLockNotice() {
      set({ lockNotice: null });
    },
  };
};
