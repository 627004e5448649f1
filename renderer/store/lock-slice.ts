/**
 * The passphrase lock from the store's side: unlocking at start, and turning the lock on, changing it
 * or turning it off. Each change rewrites the workspace; the screen is read afresh afterwards.
 */
import type { StateCreator } from 'zustand';
import { openWorkspaceDatabase } from '../db/workspace-database';
import { isWorkspaceLocked, removePassphrase, setPassphrase, unlockWorkspace } from '../db/workspace-lock';
import type { AppState } from './app-store';
import type { Write } from './session-slice';

export interface LockSlice {
  /** Whether the workspace is sealed with a passphrase. */
  locked: boolean;
  unlockError: string | null;
  /** At start: opens the workspace, or waits for the passphrase if it is locked. */
  startWorkspace(): Promise<void>;
  unlock(passphrase: string): Promise<boolean>;
  lockWithPassphrase(passphrase: string): Promise<boolean>;
  removeLock(): Promise<boolean>;
}

type Slice = StateCreator<AppState, [], [], LockSlice>;

export const createLockSlice: Slice = (set, get) => {
  const write: Write = (run, action) => get().write(run, action);
  return {
    locked: false,
    unlockError: null,

    async startWorkspace() {
      if (await isWorkspaceLocked()) {
        set({ locked: true });
        get().holdForPassphrase();
        return;
      }
      await get().attachWorkspace(() => openWorkspaceDatabase());
    },

    async unlock(passphrase) {
      if (!(await unlockWorkspace(passphrase))) {
        set({ unlockError: 'That passphrase does not unlock this workspace. Check it (letter case counts) and try again.' });
        return false;
      }
      set({ unlockError: null });
      await get().attachWorkspace(() => openWorkspaceDatabase());
      return true;
    },

    async lockWithPassphrase(passphrase) {
      // Changing a passphrase goes through plain records, so a crash midway never leaves them sealed with a key nobody has.
      const ok = await write(async (db) => {
        if (get().locked) await removePassphrase(db);
        await setPassphrase(db, passphrase);
      }, 'the passphrase lock');
      if (ok) set({ locked: true });
      return ok;
    },

    async removeLock() {
      const ok = await write(async (db) => {
        await removePassphrase(db);
      }, 'turning the lock off');
      if (ok) set({ locked: false });
      return ok;
    },
  };
};
