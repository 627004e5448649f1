/**
 * The passphrase lock from the store's side: opening the workspace at start (or waiting for its
 * passphrase), unlocking it, and turning the lock on, changing it or turning it off. At start the
 * records on disk are compared with the lock's settings; records left plain in a locked workspace are
 * sealed as soon as the key is known, and the person is told.
 */
import type { StateCreator } from 'zustand';
import { databasesAtStart } from '../db/database-listing';
import { openWorkspaceDatabase, type WorkspaceDatabase } from '../db/workspace-database';
import { workspaceKey } from '../db/sealing-middleware';
import {
  lockState,
  removePassphrase,
  sealPlainRecords,
  setPassphrase,
  unlockWithSettings,
  unlockWorkspace,
  type LockState,
} from '../db/workspace-lock';
import { adoptLegacyStores, lockSettingsOnDisk, mayHaveLegacyStores, type LockSettings } from '../db/workspace-settings';
import type { AppState } from './app-store';
import type { Write } from './session-slice';

export interface LockSlice {
  /** Whether the workspace is sealed with a passphrase. */
  locked: boolean;
  unlockError: string | null;
  /** Records found stored plain in the locked workspace at start; sealed once it is unlocked. */
  plainRecordsAtStart: number;
  /** Written by an earlier Waymark: brought to this version's format once unlocked, not before. */
  upgradeAfterUnlock: boolean;
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

const wrongPassphrase = 'That passphrase does not unlock this workspace. Check it (letter case counts) and try again.';

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

  /**
   * An older locked workspace waiting for its passphrase before it is upgraded (its upgrade reads
   * sealed records): where its settings are, and how to let the start carry on once the key is kept.
   */
  let beforeUpgrade: { name: string; settings: LockSettings; carryOn: () => void } | null = null;
  /** The start in progress: unlocking before an upgrade waits for it to finish opening. */
  let starting: Promise<void> = Promise.resolve();

  const progress = (done: number, total: number) => set({ lockProgress: { done, total } });

  /**
   * Asked by the start before an upgrade: a locked workspace's passphrase is asked first, from the
   * settings on disk, and the upgrade waits until it is given, so it runs with the key.
   */
  const passphraseBeforeUpgrade = async (name: string): Promise<void> => {
    const settings = await lockSettingsOnDisk(name);
    if (!settings || workspaceKey(name)) return;
    await new Promise<void>((carryOn) => {
      beforeUpgrade = { name, settings, carryOn };
      set({ locked: true, upgradeAfterUnlock: true });
      get().holdForPassphrase();
    });
  };

  /** The key is known: seals records found plain under the lock, then shows the workspace. */
  const openUnlocked = async (db: WorkspaceDatabase, state: LockState | undefined): Promise<boolean> => {
    try {
      const repaired = await sealPlainRecords(db, state);
      set({ lockNotice: repaired > 0 ? repairedNotice(repaired) : null, plainRecordsAtStart: 0 });
    } catch (error) {
      get().failToOpen(error);
      return false;
    }
    await get().attachWorkspace(async () => db);
    return true;
  };

  /** Opens the workspace, upgrading it first if needed, or waits for its passphrase. */
  const start = async (name: string): Promise<void> => {
    let db: WorkspaceDatabase;
    let state: LockState;
    try {
      const listed = databasesAtStart();
      const [opened, legacy] = await Promise.all([
        openWorkspaceDatabase(name, 'default', () => passphraseBeforeUpgrade(name), listed),
        mayHaveLegacyStores(name, listed),
      ]);
      db = opened;
      if (legacy) await adoptLegacyStores(db);
      state = await lockState(db);
      if (state.locked && !workspaceKey(name)) {
        waiting = db;
        waitingState = state;
        set({ locked: true, plainRecordsAtStart: state.plainRecords });
        get().holdForPassphrase();
        return;
      }
      if (!state.locked && state.sealedRecords > 0) {
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
    // Unlocked before its upgrade: the rest of the unlock happens here.
    if (state.locked) await openUnlocked(db, state);
    else await get().attachWorkspace(async () => db);
  };

  return {
    locked: false,
    unlockError: null,
    plainRecordsAtStart: 0,
    upgradeAfterUnlock: false,
    lockNotice: null,
    lockProgress: null,

    startWorkspace(name = 'waymark') {
      starting = start(name);
      return starting;
    },

    async unlock(passphrase) {
      if (beforeUpgrade) {
        const { name, settings, carryOn } = beforeUpgrade;
        if (!(await unlockWithSettings(name, settings, passphrase))) {
          set({ unlockError: wrongPassphrase });
          return false;
        }
        beforeUpgrade = null;
        set({ unlockError: null });
        carryOn();
        await starting;
        set({ upgradeAfterUnlock: false });
        return get().workspaceStatus === 'ready';
      }
      const db = waiting;
      if (!db) return false;
      if (!(await unlockWorkspace(db, passphrase))) {
        set({ unlockError: wrongPassphrase });
        return false;
      }
      const state = waitingState;
      waiting = null;
      waitingState = undefined;
      set({ unlockError: null });
      return openUnlocked(db, state);
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
