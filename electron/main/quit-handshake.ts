/**
 * Letting the page finish (write its last automatic backup, and a backup being saved) before the app
 * quits or its window closes, without ever stopping the quit for good.
 *
 * The trap: in Electron, a window whose 'close' is prevented cancels a quit in progress (the browser
 * resets its quitting state), and once the window does close, 'window-all-closed' arrives as if no quit
 * had been asked, which macOS apps rightly ignore — so a quit that holds the close leaves the app
 * running in the Dock. A quit is therefore held at 'before-quit', before any window is asked to close,
 * and asked again once every page has finished; only a window closing on its own (not quitting) holds
 * its 'close'. A page that is not loaded, crashed or hung has nothing to finish and is not waited for;
 * a page that never answers is waited for `quitGraceMs` at most.
 */
import type { App, BrowserWindow } from 'electron';
import { mainEvents } from '../../shared/ipc/contract';
import { sendToPage } from './ipc';

export const quitGraceMs = 5000;

export interface QuitHandshake {
  /** Holds this window's close, and the app's quit, until its page has finished. */
  guard(window: BrowserWindow): void;
  /** The page in this window is done. */
  ready(window: BrowserWindow | null): void;
  /** Whether the app is past the handshake and quitting (dialogs should no longer appear). */
  isQuitting(): boolean;
}

type Timers = { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };

interface Guarded {
  /** The page has loaded, so it may hold changes worth a last backup. */
  loaded: boolean;
  /** The page's renderer is gone or hung: it can finish nothing. */
  unreachable: boolean;
  /** Resolves when the page has finished, or can no longer; present once it was asked. */
  finishing?: Promise<void>;
  settle?: () => void;
}

export function createQuitHandshake(app: Pick<App, 'on' | 'quit'>, timers: Timers = globalThis): QuitHandshake {
  const guarded = new Map<BrowserWindow, Guarded>();
  // Set once every page has finished after a quit was asked: the next quit goes through untouched.
  let quitting = false;

  const needsFinishing = (window: BrowserWindow, state: Guarded) =>
    state.loaded && !state.unreachable && !window.isDestroyed() && !window.webContents.isCrashed();
  /** Whether closing or quitting must wait for this page: it has not finished, and still can. */
  const mustWait = (window: BrowserWindow, state: Guarded) =>
    state.finishing === undefined ? needsFinishing(window, state) : state.settle !== undefined;

  function finish(window: BrowserWindow, state: Guarded): Promise<void> {
    if (state.finishing) return state.finishing;
    if (!needsFinishing(window, state)) return (state.finishing = Promise.resolve());
    state.finishing = new Promise<void>((resolve) => {
      const timer = timers.setTimeout(() => settle(), quitGraceMs);
      const settle = () => {
        timers.clearTimeout(timer);
        state.settle = undefined;
        resolve();
      };
      state.settle = settle;
    });
    sendToPage(window.webContents, mainEvents.beforeQuit, undefined);
    return state.finishing;
  }

  /** Stops waiting for a page that cannot answer any more. */
  function giveUp(state: Guarded): void {
    state.unreachable = true;
    state.settle?.();
  }

  app.on('before-quit', (event) => {
    if (quitting) return;
    const pending = [...guarded].filter(([window, state]) => mustWait(window, state));
    if (pending.length === 0) {
      quitting = true;
      return;
    }
    event.preventDefault();
    void Promise.all(pending.map(([window, state]) => finish(window, state))).then(() => {
      quitting = true;
      app.quit();
    });
  });

  return {
    guard(window) {
      const state: Guarded = { loaded: false, unreachable: false };
      guarded.set(window, state);
      const contents = window.webContents;
      contents.on('did-finish-load', () => {
        state.loaded = true;
        // A page reloaded (after a crash, say) starts over: it has not been asked, and can answer.
        if (state.settle !== undefined) return;
        state.unreachable = false;
        state.finishing = undefined;
      });
      contents.on('render-process-gone', () => giveUp(state));
      window.on('unresponsive', () => giveUp(state));
      window.on('responsive', () => {
        if (state.settle === undefined) state.unreachable = false;
      });
      // Windows is shutting down or logging off: no 'before-quit' comes, and nothing may hold it up
      // (every change is already committed; only the extra backup is skipped).
      window.on('session-end', () => {
        quitting = true;
        state.settle?.();
      });
      window.on('closed', () => {
        state.settle?.();
        guarded.delete(window);
      });
      window.on('close', (event) => {
        if (quitting || !mustWait(window, state)) return;
        event.preventDefault();
        void finish(window, state).then(() => {
          if (!window.isDestroyed()) window.close();
        });
      });
    },
    ready(window) {
      if (window) guarded.get(window)?.settle?.();
    },
    isQuitting: () => quitting,
  };
}
