/**
 * The quit handshake against the fake's model of Electron's quit sequence, where a prevented 'close'
 * cancels a quit in progress — the trap that kept Waymark running in the macOS Dock after Cmd+Q.
 */
import { app, BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQuitHandshake, quitGraceMs } from '../../../../electron/main/quit-handshake';
import * as fake from '../../../fakes/electron';

const platform = Object.getOwnPropertyDescriptor(process, 'platform');
beforeEach(() => fake.resetFake());
afterEach(() => {
  if (platform !== undefined) Object.defineProperty(process, 'platform', platform);
});

function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  const timers = {
    setTimeout: ((run: () => void, ms: number) => {
      pending.set(next, { run, ms });
      return next++;
    }) as unknown as typeof setTimeout,
    clearTimeout: ((id: number) => {
      pending.delete(id);
    }) as unknown as typeof clearTimeout,
  };
  return { pending, timers };
}

/** A window whose page has loaded, guarded, as the main process opens it; plus macOS's window-all-closed rule. */
function setUp(options: { platform?: NodeJS.Platform } = {}) {
  const { timers, pending } = manualTimers();
  const quit = createQuitHandshake(app, timers);
  fake.app.on('window-all-closed', () => {
    if ((options.platform ?? 'linux') !== 'darwin') app.quit();
  });
  const window = new BrowserWindow({});
  quit.guard(window);
  const held = fake.fakeWindow(window);
  held.webContents.finishLoad();
  return { quit, window, held, pending };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('quitting (Cmd+Q, the Dock, the menu, app.quit())', () => {
  it.each(['darwin', 'linux', 'win32'] as const)('on %s, tells the page, waits for its last backup, then quits', async (os) => {
    const { quit, window, held } = setUp({ platform: os });
    app.quit();
    expect(held.webContents.sent).toEqual(['app:before-quit']);
    expect(held.isDestroyed()).toBe(false);
    expect(fake.app.ended).toBe(false);
    quit.ready(window);
    await settle();
    expect(held.isDestroyed()).toBe(true);
    expect(fake.app.ended).toBe(true);
    expect(quit.isQuitting()).toBe(true);
  });

  it('quits after the grace period when the page never answers', async () => {
    const { held, pending } = setUp({ platform: 'darwin' });
    app.quit();
    expect([...pending.values()].map((timer) => timer.ms)).toEqual([quitGraceMs]);
    [...pending.values()][0]?.run();
    await settle();
    expect(held.isDestroyed()).toBe(true);
    expect(fake.app.ended).toBe(true);
  });

  it('asks the page once, however often quit is asked', async () => {
    const { quit, window, held } = setUp();
    app.quit();
    app.quit();
    held.close();
    expect(held.webContents.sent).toEqual(['app:before-quit']);
    quit.ready(window);
    await settle();
    expect(fake.app.ended).toBe(true);
  });

  it('does not wait for a page that has crashed, and stops waiting when it crashes', async () => {
    const crashedFirst = setUp({ platform: 'darwin' });
    crashedFirst.held.webContents.crash();
    app.quit();
    expect(crashedFirst.held.webContents.sent).toEqual([]);
    expect(fake.app.ended).toBe(true);

    fake.resetFake();
    const crashesWhileWaiting = setUp({ platform: 'darwin' });
    app.quit();
    crashesWhileWaiting.held.webContents.crash('oom');
    await settle();
    expect(fake.app.ended).toBe(true);
    expect(crashesWhileWaiting.pending.size).toBe(0);
  });

  it('stops waiting for a hung page', async () => {
    const { held } = setUp({ platform: 'darwin' });
    app.quit();
    held.hang();
    await settle();
    expect(fake.app.ended).toBe(true);
  });

  it('does not wait for a page still loading: it has nothing to save yet', () => {
    const { timers } = manualTimers();
    const quit = createQuitHandshake(app, timers);
    const window = new BrowserWindow({});
    quit.guard(window);
    app.quit();
    expect(fake.fakeWindow(window).webContents.sent).toEqual([]);
    expect(fake.app.ended).toBe(true);
  });
});

describe('Windows ending the session (shut down, restart, log off)', () => {
  it('holds nothing: windows close at once', () => {
    const { held } = setUp({ platform: 'win32' });
    held.emit('session-end', fake.preventableEvent());
    held.close();
    expect(held.isDestroyed()).toBe(true);
    expect(held.webContents.sent).toEqual([]);
  });
});

describe('closing the window', () => {
  it('holds the close while the page saves, then closes; on macOS the app keeps running', async () => {
    const { quit, window, held } = setUp({ platform: 'darwin' });
    held.close();
    expect(held.isDestroyed()).toBe(false);
    expect(held.webContents.sent).toEqual(['app:before-quit']);
    quit.ready(window);
    await settle();
    expect(held.isDestroyed()).toBe(true);
    expect(fake.app.ended).toBe(false);
    // Cmd+Q later quits at once: there is no page left to wait for.
    app.quit();
    expect(fake.app.ended).toBe(true);
  });

  it('on Windows and Linux, closing the last window quits the app', async () => {
    const { quit, window } = setUp({ platform: 'win32' });
    window.close();
    quit.ready(window);
    await settle();
    expect(fake.app.ended).toBe(true);
  });

  it('a page reloaded after a crash is asked again', async () => {
    const { quit, window, held } = setUp({ platform: 'darwin' });
    held.webContents.crash();
    held.webContents.reload();
    held.webContents.finishLoad();
    app.quit();
    expect(held.webContents.sent).toEqual(['app:before-quit']);
    expect(fake.app.ended).toBe(false);
    quit.ready(window);
    await settle();
    expect(fake.app.ended).toBe(true);
  });
});

describe('the fake models Electron where this handshake depends on it', () => {
  it('a prevented close cancels a quit in progress, and window-all-closed then arrives as if none was asked', () => {
    const closed: string[] = [];
    fake.app.on('window-all-closed', () => closed.push('window-all-closed'));
    const window = new BrowserWindow({});
    let hold = true;
    window.on('close', (event) => {
      if (hold) event.preventDefault();
    });
    app.quit();
    expect(fake.app.quitting).toBe(false);
    hold = false;
    window.close();
    expect(closed).toEqual(['window-all-closed']);
    expect(fake.app.ended).toBe(false);
  });

  it('before-quit can stop a quit; will-quit and quit follow the last window closing', () => {
    const seen: string[] = [];
    let stop = true;
    app.on('before-quit', (event) => {
      seen.push('before-quit');
      if (stop) event.preventDefault();
    });
    fake.app.on('will-quit', () => seen.push('will-quit'));
    fake.app.on('quit', () => seen.push('quit'));
    new BrowserWindow({});
    app.quit();
    expect(fake.app.ended).toBe(false);
    stop = false;
    app.quit();
    expect(seen).toEqual(['before-quit', 'before-quit', 'will-quit', 'quit']);
    expect(fake.app.ended).toBe(true);
  });
});
