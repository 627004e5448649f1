/**
 * A crashed or hung page must not leave a blank or frozen window: say what happened and offer to
 * reload. Nothing is lost either way: every change is committed to the database the moment it is made.
 */
import type { BrowserWindow, Dialog, MessageBoxOptions, RenderProcessGoneDetails } from 'electron';

const goneReasons: Partial<Record<RenderProcessGoneDetails['reason'], string>> = {
  crashed: 'crashed',
  oom: 'ran out of memory',
  killed: 'was ended by the system or another program',
  'abnormal-exit': 'stopped unexpectedly',
  'launch-failed': 'could not start',
  'integrity-failure': 'failed a code integrity check',
  'memory-eviction': 'was closed to free memory',
};

const nothingLost = 'Everything you entered up to your last change is saved: Waymark writes each change the moment you make it.';

export function pageGoneMessage(reason: RenderProcessGoneDetails['reason']): MessageBoxOptions {
  return {
    type: 'error',
    title: 'Waymark',
    message: 'The Waymark window stopped working',
    detail: `Its page ${goneReasons[reason] ?? 'stopped'}. ${nothingLost} Reload to carry on where you were.`,
    buttons: ['Reload', 'Quit Waymark'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

export const pageHungMessage: MessageBoxOptions = {
  type: 'warning',
  title: 'Waymark',
  message: 'Waymark is not responding',
  detail: `The window has been busy for a while. You can wait for it, or reload it. ${nothingLost}`,
  buttons: ['Wait', 'Reload'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

export interface PageHealthDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  /** The app is quitting: a page going away then is expected, not news. */
  isQuitting: () => boolean;
  quit: () => void;
}

export function watchPageHealth(window: BrowserWindow, deps: PageHealthDeps): void {
  const contents = window.webContents;
  // Set while we end a hung renderer ourselves, so its 'render-process-gone' is not reported as a crash.
  let restarting = false;
  let hung: AbortController | null = null;

  contents.on('render-process-gone', (_event, details) => {
    hung?.abort();
    if (restarting) {
      restarting = false;
      return;
    }
    if (details.reason === 'clean-exit' || deps.isQuitting() || window.isDestroyed()) return;
    void deps.dialog.showMessageBox(window, pageGoneMessage(details.reason)).then(({ response }) => {
      if (window.isDestroyed() || deps.isQuitting()) return;
      if (response === 1) deps.quit();
      else contents.reload();
    });
  });

  window.on('unresponsive', () => {
    if (hung !== null || deps.isQuitting()) return;
    const controller = new AbortController();
    hung = controller;
    void deps.dialog.showMessageBox(window, { ...pageHungMessage, signal: controller.signal }).then(({ response }) => {
      if (hung === controller) hung = null;
      if (controller.signal.aborted || response !== 1 || window.isDestroyed()) return;
      // A hung page cannot run a reload itself: end its process, and the reload starts a fresh one (Electron's docs).
      // Its 'render-process-gone' arrives later; the flag lets that one pass (or the fresh page clears it).
      restarting = true;
      contents.forcefullyCrashRenderer();
      contents.reload();
    });
  });
  contents.on('did-finish-load', () => {
    restarting = false;
  });

  // It came back by itself: the question no longer applies, so the dialog closes.
  window.on('responsive', () => {
    hung?.abort();
    hung = null;
  });
}
