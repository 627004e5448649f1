/**
 * The main window: locked-down web preferences, shown only once the page has painted.
 */
import { join } from 'node:path';
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebContents } from 'electron';

export interface MainWindowExtras {
  iconPath?: string;
  /** DevTools are for development; a packaged app has no use for them and they widen what a page can reach. */
  devTools?: boolean;
}

export function mainWindowOptions(preloadPath: string, extras: MainWindowExtras = {}): BrowserWindowConstructorOptions {
  return {
    title: 'Waymark',
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 500,
    // Hidden until the first paint, so the person never sees a white flash; the colour covers resizes.
    show: false,
    backgroundColor: '#f7f7f5',
    ...(extras.iconPath === undefined ? {} : { icon: extras.iconPath }),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      webviewTag: false,
      devTools: extras.devTools ?? false,
    },
  };
}

export interface MainWindowPaths {
  /** out/preload/index.cjs: CommonJS because a sandboxed preload cannot load ES modules. */
  preload: string;
  icon: string;
}

export interface MainWindowSetup {
  paths: MainWindowPaths;
  url: string;
  devTools: boolean;
}

/** Paths relative to the built main script (out/main/index.js), which is where this module ends up. */
export function mainWindowPaths(mainDir: string = import.meta.dirname): MainWindowPaths {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    icon: join(mainDir, '../../resources/icons/icon.png'),
  };
}

export function createMainWindow({ paths, url, devTools }: MainWindowSetup): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(paths.preload, { iconPath: paths.icon, devTools }));
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((error: unknown) => {
    // Only a broken build gets here (a missing index.html or a dead dev server); say so where a developer looks.
    console.error(`Waymark could not load ${url}:`, error);
  });
  return window;
}

/** Only the top-level pages of our own windows may use IPC; not webviews, not DevTools, not workers. */
export function isAppWindowContents(contents: WebContents): boolean {
  return BrowserWindow.getAllWindows().some((window) => window.webContents === contents);
}
