/**
 * Letting the page finish before the window closes: the first close is held back while the page is
 * told the app is quitting (it writes its last automatic backup), then the window closes for real —
 * when the page says it is done, or after a few seconds whatever happens, so quitting never hangs.
 */
import type { BrowserWindow } from 'electron';
import { mainEvents } from '../../shared/ipc/contract';

export const quitGraceMs = 5000;

export interface QuitHandshake {
  guard(window: BrowserWindow): void;
  /** The page in this window is done. */
  ready(window: BrowserWindow | null): void;
}

export function createQuitHandshake(timers: { setTimeout: typeof setTimeout } = globalThis): QuitHandshake {
  const released = new WeakSet<BrowserWindow>();
  const release = (window: BrowserWindow) => {
    if (released.has(window) || window.isDestroyed()) return;
    released.add(window);
    window.close();
  };
  return {
    guard(window) {
      let asked = false;
      window.on('close', (event) => {
        if (released.has(window)) return;
        event.preventDefault();
        if (asked) return;
        asked = true;
        window.webContents.send(mainEvents.beforeQuit);
        timers.setTimeout(() => release(window), quitGraceMs);
      });
    },
    ready(window) {
      if (window) release(window);
    },
  };
}
