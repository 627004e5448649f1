/** The app's lifecycle, run end to end against the fake: what happens before ready, at ready, and after. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mainEventSchema } from '../../../../shared/ipc/contract';
import type * as FakeElectron from '../../../fakes/electron';

const bundled = join(import.meta.dirname, '../../../../resources/frameworks');
let checkout = '';

beforeEach(() => {
  // An unpackaged app reads its frameworks from <app path>/resources/frameworks.
  checkout = mkdtempSync(join(tmpdir(), 'waymark-app-'));
  mkdirSync(join(checkout, 'resources', 'frameworks'), { recursive: true });
  copyFileSync(join(bundled, 'role-card-dei-gen-p5.json'), join(checkout, 'resources', 'frameworks', 'role-card-dei-gen-p5.json'));
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});

afterEach(() => {
  rmSync(checkout, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

type Fake = typeof FakeElectron;

/** Loads a fresh main process against a fresh fake; `prepare` plays the environment before it starts. */
async function loadMain(prepare: (fake: Fake) => void = () => {}): Promise<Fake> {
  vi.resetModules();
  const fake = await import('../../../fakes/electron');
  fake.app.appPath = checkout;
  prepare(fake);
  await import('../../../../electron/main/index');
  return fake;
}

/** Makes the app ready and waits until start-up has opened the window. */
async function startMain(prepare?: (fake: Fake) => void) {
  const fake = await loadMain(prepare);
  fake.app.becomeReady();
  await vi.waitFor(() => expect(fake.FakeBrowserWindow.created).toHaveLength(1));
  const window = fake.FakeBrowserWindow.created[0];
  if (window === undefined) throw new Error('no window');
  return { fake, window };
}

function trustedEvent(window: { webContents: unknown }, url = 'app://waymark/index.html') {
  return { sender: window.webContents, senderFrame: { url, parent: null } };
}

function breakAFrameworkFile(): void {
  writeFileSync(join(checkout, 'resources', 'frameworks', 'broken.json'), '{ "kind": ');
}

describe('before the app is ready', () => {
  it('pins the user-data folder to Waymark under the app-data folder, before anything is stored', async () => {
    const fake = await loadMain();
    expect(fake.app.getPath('userData')).toBe('/fake/appData/Waymark');
  });

  it('takes a throwaway user-data folder from WAYMARK_USER_DATA_DIR for tests, but never in a packaged app', async () => {
    vi.stubEnv('WAYMARK_USER_DATA_DIR', '/tmp/waymark-e2e');
    expect((await loadMain()).app.getPath('userData')).toBe('/tmp/waymark-e2e');
    const packaged = await loadMain((f) => {
      f.app.isPackaged = true;
    });
    expect(packaged.app.getPath('userData')).toBe('/fake/appData/Waymark');
  });

  it('grants the app scheme its privileges (compiled scripts kept between launches), and opens nothing yet', async () => {
    const fake = await loadMain();
    expect(fake.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(fake.FakeBrowserWindow.created).toEqual([]);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.protocol.handlers.size).toBe(0);
  });

  it('guards every webContents as soon as it is created', async () => {
    const fake = await loadMain();
    const contents = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const away = fake.navigationEvent('https://example.com/');
    contents.emit('will-navigate', away, away.url);
    expect(away.defaultPrevented).toBe(true);
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = await loadMain((f) => {
      f.app.hasSingleInstanceLock = false;
    });
    expect(fake.app.quitCount).toBe(1);
    fake.app.becomeReady();
    await Promise.resolve();
    expect(fake.FakeBrowserWindow.created).toEqual([]);
    expect(fake.app.listenerCount('second-instance')).toBe(0);
  });
});

describe('when the app is ready', () => {
  it('secures the session, serves the app protocol, answers IPC and opens the app page', async () => {
    const { fake, window } = await startMain();
    expect(fake.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(fake.session.defaultSession.webRequest.beforeRequest).not.toBeNull();
    expect(fake.session.defaultSession.webRequest.headersReceived).not.toBeNull();
    expect([...fake.protocol.handlers.keys()]).toEqual(['app']);
    expect([...fake.ipcMain.handlers.keys()]).toEqual([
      'frameworks:load',
      'files:save',
      'files:save-begin',
      'files:save-append',
      'files:save-finish',
      'files:save-abandon',
      'files:open',
      'files:open-bytes',
      'backups:begin',
      'backups:append',
      'backups:finish',
      'backups:abandon',
      'backups:list',
      'backups:read',
      'app:ready-to-quit',
    ]);
    expect(window.loadedUrls).toEqual(['app://waymark/index.html']);
    expect(window.options).toMatchObject({ webPreferences: { preload: expect.stringMatching(/preload[/\\]index\.cjs$/), sandbox: true } });
  });

  it('answers frameworks:load from the window with the frameworks read at start', async () => {
    const { fake, window } = await startMain();
    const answer = await fake.ipcMain.handlers.get('frameworks:load')?.(trustedEvent(window), undefined);
    expect(answer).toMatchObject({ frameworks: [{ id: 'role-card-dei-gen-p5' }], problems: [] });
  });

  it('leaves no temporary file beside a file being saved in parts when the app quits', async () => {
    const { fake, window } = await startMain();
    const folder = mkdtempSync(join(tmpdir(), 'waymark-save-'));
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: join(folder, 'Waymark backup.json') };
    const begun = (await fake.ipcMain.handlers.get('files:save-begin')?.(trustedEvent(window), {
      suggestedName: 'Waymark backup.json',
      kind: 'json',
    })) as { outcome: string; writeId?: string };
    expect(begun.outcome).toBe('writing');
    await fake.ipcMain.handlers.get('files:save-append')?.(trustedEvent(window), {
      writeId: begun.writeId,
      bytes: new TextEncoder().encode('{"people":['),
    });
    expect(readdirSync(folder)).toHaveLength(1);
    fake.app.emit('quit', fake.preventableEvent(), 0);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('shows no dialog when every framework file loaded', async () => {
    const { fake, window } = await startMain();
    window.emit('ready-to-show');
    await Promise.resolve();
    expect(window.visible).toBe(true);
    expect(fake.dialog.messageBoxes).toEqual([]);
  });

  it('still opens the window with a broken file, then names the file and its problem', async () => {
    breakAFrameworkFile();
    const { fake, window } = await startMain();
    expect(fake.dialog.messageBoxes).toEqual([]);

    window.emit('ready-to-show');
    await vi.waitFor(() => expect(fake.dialog.messageBoxes).toHaveLength(1));
    const [shown] = fake.dialog.messageBoxes;
    expect(shown?.window).toBe(window);
    expect(shown?.options).toMatchObject({ type: 'error', message: '1 framework file could not be loaded' });
    expect(String(shown?.options['detail'])).toMatch(/broken\.json:\nThe file is not valid JSON/);

    const answer = await fake.ipcMain.handlers.get('frameworks:load')?.(trustedEvent(window), undefined);
    expect(answer).toMatchObject({ frameworks: [{ id: 'role-card-dei-gen-p5' }], problems: [{ file: 'broken.json' }] });
  });

  it('tells the person and exits when start-up fails', async () => {
    const fake = await loadMain((f) => {
      // A second registration makes Electron throw: a stand-in for any unexpected start-up failure.
      f.ipcMain.handle('frameworks:load', () => undefined);
    });
    fake.app.becomeReady();
    await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([1]));
    expect(fake.dialog.errorBoxes).toEqual([{ title: 'Waymark could not start', content: expect.stringMatching(/second handler/) }]);
  });
});

describe('in development', () => {
  it('loads the dev server with a CSP loosened only for it', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const { fake, window } = await startMain();
    expect(window.loadedUrls).toEqual(['http://localhost:5173']);
    expect(fake.protocol.handlers.size).toBe(0);
    const { webRequest } = fake.session.defaultSession;
    expect(await fake.runWebRequest(webRequest.beforeRequest, { url: 'ws://localhost:5173/' })).toEqual({ cancel: false });
    expect(await fake.runWebRequest(webRequest.beforeRequest, { url: 'https://example.com/' })).toEqual({ cancel: true });
    const headers = await fake.runWebRequest(webRequest.headersReceived, { responseHeaders: {} });
    expect(JSON.stringify(headers)).toContain("script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline' http://localhost:5173");
    const answer = fake.ipcMain.handlers.get('frameworks:load')?.(trustedEvent(window, 'http://localhost:5173/'), undefined);
    await expect(answer).resolves.toMatchObject({ problems: [] });
  });

  it('ignores a dev server URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://attacker.example');
    const resourcesPath = Object.getOwnPropertyDescriptor(process, 'resourcesPath');
    Object.defineProperty(process, 'resourcesPath', { value: join(checkout, 'resources'), configurable: true });
    try {
      const { fake, window } = await startMain((f) => {
        f.app.isPackaged = true;
      });
      expect(window.loadedUrls).toEqual(['app://waymark/index.html']);
      expect(window.options).toMatchObject({ webPreferences: { devTools: false } });
      expect(await fake.runWebRequest(fake.session.defaultSession.webRequest.beforeRequest, { url: 'https://attacker.example/' })).toEqual({
        cancel: true,
      });
    } finally {
      if (resourcesPath === undefined) Reflect.deleteProperty(process, 'resourcesPath');
      else Object.defineProperty(process, 'resourcesPath', resourcesPath);
    }
  });
});

describe('after start-up', () => {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform');
  afterEach(() => {
    if (platform !== undefined) Object.defineProperty(process, 'platform', platform);
  });

  function pretendPlatform(value: NodeJS.Platform): void {
    Object.defineProperty(process, 'platform', { value, configurable: true });
  }

  it('opens the window again when a second instance starts and the window was closed (macOS)', async () => {
    const { fake, window } = await startMain();
    window.close();
    fake.app.emit('second-instance', fake.preventableEvent(), ['/opt/Waymark/waymark'], '/home/zoë');
    expect(fake.FakeBrowserWindow.created).toHaveLength(2);
    expect(fake.FakeBrowserWindow.created[1]?.focusCount).toBe(1);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { fake, window } = await startMain();
    window.minimized = true;
    fake.app.emit('second-instance', fake.preventableEvent(), ['/opt/Waymark/waymark'], '/home/zoë');
    expect(window.minimized).toBe(false);
    expect(window.focusCount).toBe(1);
    expect(fake.FakeBrowserWindow.created).toHaveLength(1);
  });

  it('quits when the last window closes, except on macOS', async () => {
    const { fake } = await startMain();
    pretendPlatform('darwin');
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCount).toBe(0);
    pretendPlatform('linux');
    fake.app.emit('window-all-closed');
    expect(fake.app.quitCount).toBe(1);
  });

  it('re-opens the window on activate once it has been closed, and only then', async () => {
    const { fake, window } = await startMain();
    fake.app.emit('activate');
    expect(fake.FakeBrowserWindow.created).toHaveLength(1);
    // Closing waits for the page to write its last backup and say it is done.
    window.webContents.finishLoad();
    window.close();
    expect(window.webContents.sent).toEqual(['app:before-quit']);
    await fake.ipcMain.handlers.get('app:ready-to-quit')?.(trustedEvent(window), undefined);
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true));
    fake.app.emit('activate');
    expect(fake.FakeBrowserWindow.created).toHaveLength(2);
    expect(fake.FakeBrowserWindow.created[1]?.loadedUrls).toEqual(['app://waymark/index.html']);
  });

  it('ignores activate while start-up is still running', async () => {
    const fake = await loadMain();
    fake.app.becomeReady();
    fake.app.emit('activate');
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.created).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.FakeBrowserWindow.created).toHaveLength(1);
  });
});

describe('quitting', () => {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform');
  afterEach(() => {
    if (platform !== undefined) Object.defineProperty(process, 'platform', platform);
  });

  it.each(['darwin', 'linux', 'win32'] as const)('on %s, Quit writes the last backup and then really quits', async (os) => {
    Object.defineProperty(process, 'platform', { value: os, configurable: true });
    const { fake, window } = await startMain();
    window.webContents.finishLoad();
    fake.app.quit();
    expect(window.webContents.sent).toEqual(['app:before-quit']);
    expect(fake.app.ended).toBe(false);
    // The page has written its backup (backups:begin, :append, :finish) and says so.
    await fake.ipcMain.handlers.get('app:ready-to-quit')?.(trustedEvent(window), undefined);
    await vi.waitFor(() => expect(fake.app.ended).toBe(true));
    expect(window.isDestroyed()).toBe(true);
  });
});

describe('the window', () => {
  it('opens where it was last time, maximised if it was', async () => {
    mkdirSync(join(checkout, 'user-data'));
    writeFileSync(
      join(checkout, 'user-data', 'window-state.json'),
      JSON.stringify({ bounds: { x: 100, y: 80, width: 1100, height: 700 }, maximized: true }),
    );
    vi.stubEnv('WAYMARK_USER_DATA_DIR', join(checkout, 'user-data'));
    const { window } = await startMain();
    expect(window.getBounds()).toEqual({ x: 100, y: 80, width: 1100, height: 700 });
    // Not before the first paint: maximising shows the window.
    expect(window.isMaximized()).toBe(false);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.isMaximized()).toBe(true);
    expect(window.visible).toBe(true);
  });

  it('fits a 1366×768 screen on first start', async () => {
    const { window } = await startMain((f) => f.screen.setSingleDisplay(1366, 768));
    const { width, height } = window.getBounds();
    expect(width).toBeLessThanOrEqual(1366);
    expect(height).toBeLessThanOrEqual(728);
  });

  it('is painted in the system’s light or dark background, and follows a change', async () => {
    const { fake, window } = await startMain((f) => {
      f.nativeTheme.shouldUseDarkColors = true;
    });
    expect(window.backgroundColor).toBe('#15181b');
    fake.nativeTheme.setDark(false);
    expect(window.backgroundColor).toBe('#f7f7f5');
  });

  it('offers to reload a crashed page', async () => {
    const { fake, window } = await startMain();
    window.webContents.finishLoad();
    window.webContents.crash();
    expect(fake.dialog.messageBoxes.map((box) => box.options['message'])).toEqual(['The Waymark window stopped working']);
    await vi.waitFor(() => expect(window.webContents.reloadCount).toBe(1));
  });

  it('shows a right-click menu in text fields', async () => {
    const { fake, window } = await startMain();
    const inField = { isEditable: true, misspelledWord: '', dictionarySuggestions: [], selectionText: '', editFlags: { canPaste: true } };
    window.webContents.emit('context-menu', {}, inField);
    const popped = fake.FakeMenu.built.at(-1);
    expect(popped).not.toBe(fake.FakeMenu.applicationMenu);
    expect(popped?.items.map((item) => item['role'] ?? item['type'])).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(popped?.popups).toEqual([{ window }]);
    // Nothing to offer on plain text with nothing selected: no empty menu pops up.
    const built = fake.FakeMenu.built.length;
    window.webContents.emit('context-menu', {}, { ...inField, isEditable: false });
    expect(fake.FakeMenu.built).toHaveLength(built);
  });
});

describe('the application menu', () => {
  function fileItem(fake: Fake, label: string): () => void {
    const file = fake.FakeMenu.applicationMenu?.items.find((item) => item['label'] === '&File' || item['label'] === 'File');
    const submenu = file?.['submenu'];
    const item = Array.isArray(submenu) ? submenu.find((entry: { label?: string }) => entry.label === label) : undefined;
    const click: unknown = item?.click;
    if (typeof click !== 'function') throw new Error(`no ${label} in the File menu`);
    return () => Reflect.apply(click, undefined, []);
  }

  it('is set at start, and sends File › Save a Backup… to the page', async () => {
    const { fake, window } = await startMain();
    window.webContents.finishLoad();
    fileItem(fake, 'Save a Backup…')();
    expect(window.webContents.sentMessages.at(-1)).toEqual({ channel: 'app:menu-command', args: ['save-backup'] });
  });

  it('opens the window again for a command when it was closed (macOS keeps running without one)', async () => {
    const { fake, window } = await startMain();
    window.close();
    expect(window.isDestroyed()).toBe(true);
    fileItem(fake, 'Import a Framework…')();
    const reopened = fake.FakeBrowserWindow.created[1];
    // Sent once the new page has loaded and listens, not into the void before.
    expect(reopened?.webContents.sentMessages).toEqual([]);
    reopened?.webContents.finishLoad();
    expect(reopened?.webContents.sentMessages).toEqual([{ channel: 'app:menu-command', args: ['import-framework'] }]);
  });
});

describe('files from the file manager', () => {
  it('a file opened at launch (macOS, before ready) goes to the page once it has loaded', async () => {
    const file = join(checkout, 'Zoë’s ladder.yaml');
    writeFileSync(file, 'kind: career-map\n');
    const fake = await loadMain();
    const opened = fake.preventableEvent();
    fake.app.emit('open-file', opened, file);
    expect(opened.defaultPrevented).toBe(true);
    fake.app.becomeReady();
    await vi.waitFor(() => expect(fake.FakeBrowserWindow.created).toHaveLength(1));
    const window = fake.FakeBrowserWindow.created[0];
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window?.webContents.sentMessages).toEqual([]);
    window?.webContents.finishLoad();
    // The file is read from disk meanwhile; on a busy machine the read can end after the page has loaded.
    await vi.waitFor(() =>
      expect(window?.webContents.sentMessages).toEqual([
        {
          channel: 'app:open-file',
          args: [
            {
              file: { outcome: 'opened', fileName: 'Zoë’s ladder.yaml', bytes: new TextEncoder().encode('kind: career-map\n') },
              bytes: 17,
            },
          ],
        },
      ]),
    );
  });

  it('a second launch naming a file brings the window forward and hands the file over', async () => {
    writeFileSync(join(checkout, 'team.csv'), 'track,level\n');
    const { fake, window } = await startMain();
    window.webContents.finishLoad();
    window.minimized = true;
    fake.app.emit('second-instance', fake.preventableEvent(), ['C:\\Waymark\\Waymark.exe', 'team.csv'], checkout);
    expect(window.minimized).toBe(false);
    await vi.waitFor(() =>
      expect(window.webContents.sentMessages).toEqual([
        {
          channel: 'app:open-file',
          args: [{ file: { outcome: 'opened', fileName: 'team.csv', bytes: new TextEncoder().encode('track,level\n') }, bytes: 12 }],
        },
      ]),
    );
  });

  it('a Windows-1252 CSV and a workbook go to the page as their bytes, undecoded', async () => {
    const made = join(import.meta.dirname, '../../../fixtures/frameworks/made');
    for (const name of ['ladder-windows-1252-semicolon.csv', 'ladder.xlsx']) copyFileSync(join(made, name), join(checkout, name));
    const { fake, window } = await startMain();
    window.webContents.finishLoad();
    fake.app.emit('open-file', fake.preventableEvent(), join(checkout, 'ladder-windows-1252-semicolon.csv'));
    fake.app.emit('second-instance', fake.preventableEvent(), ['/opt/Waymark/waymark', 'file://' + join(checkout, 'ladder.xlsx')], '/');
    const onDisk = (name: string) => new Uint8Array(readFileSync(join(made, name)));
    await vi.waitFor(() => expect(window.webContents.sentMessages).toHaveLength(2));
    const byName = new Map(
      window.webContents.sentMessages.map((message) => {
        const payload = mainEventSchema('app:open-file').parse(message.args[0]);
        return [payload.file.outcome === 'opened' ? payload.file.fileName : '', payload] as const;
      }),
    );
    for (const name of ['ladder-windows-1252-semicolon.csv', 'ladder.xlsx']) {
      expect(byName.get(name)).toEqual({
        file: { outcome: 'opened', fileName: name, bytes: onDisk(name) },
        bytes: onDisk(name).byteLength,
      });
    }
  });
});
