/** The main window's locked-down preferences, and how it is shown and recognised. */
import { BrowserWindow, webContents } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMainWindow, isAppWindowContents, mainWindowOptions, mainWindowPaths } from '../../../../electron/main/window';
import { FakeWebContents, fakeWindow, resetFake } from '../../../fakes/electron';

beforeEach(resetFake);

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs', { iconPath: '/app/resources/icons/icon.png' });

  it('isolates the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('keeps DevTools off unless asked for', () => {
    expect(options.webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions('/p.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('is titled Waymark, sized for a laptop and hidden until painted', () => {
    expect(options).toMatchObject({ title: 'Waymark', width: 1280, height: 800, show: false, icon: '/app/resources/icons/icon.png' });
    expect(options.minWidth).toBeGreaterThanOrEqual(640);
    expect(options.minHeight).toBeGreaterThanOrEqual(480);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('mainWindowPaths', () => {
  it('finds the CommonJS preload and the icon from the built main script', () => {
    const paths = mainWindowPaths('/app/out/main');
    expect(paths.preload).toBe('/app/out/preload/index.cjs');
    expect(paths.icon).toBe('/app/resources/icons/icon.png');
  });
});

describe('createMainWindow', () => {
  const setup = {
    paths: { preload: '/app/out/preload/index.cjs', icon: '/app/resources/icons/icon.png' },
    url: 'app://waymark/index.html',
    devTools: false,
  };

  it('creates the window with the locked-down options and loads the page', () => {
    const window = fakeWindow(createMainWindow(setup));
    expect(window.options).toEqual(mainWindowOptions(setup.paths.preload, { iconPath: setup.paths.icon, devTools: false }));
    expect(window.loadedUrls).toEqual(['app://waymark/index.html']);
  });

  it('shows the window only once it is ready to show', () => {
    const window = fakeWindow(createMainWindow(setup));
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });
});

describe('isAppWindowContents', () => {
  it('accepts the webContents of an open app window only', () => {
    const window = new BrowserWindow({});
    expect(isAppWindowContents(window.webContents)).toBe(true);
    expect(isAppWindowContents(new BrowserWindow({}).webContents)).toBe(true);
  });

  it('refuses a webContents that belongs to no window, such as a webview or DevTools', () => {
    new BrowserWindow({});
    const stray = webContents.fromId(new FakeWebContents().id);
    expect(stray).toBeDefined();
    if (stray !== undefined) expect(isAppWindowContents(stray)).toBe(false);
  });

  it('refuses the webContents of a window that has closed', () => {
    const window = new BrowserWindow({});
    window.close();
    expect(isAppWindowContents(window.webContents)).toBe(false);
  });
});
