/**
 * The main window: locked-down web preferences, shown only once the page has painted, placed where
 * it was last time (if that still fits a screen), painted in the system's light or dark background.
 */
import { join } from 'node:path';
import { BrowserWindow, nativeTheme, type BrowserWindowConstructorOptions, type Rectangle, type WebContents } from 'electron';
import { windowBackgroundFor } from '../../shared/theme/window-background';
import type { WindowSizes } from './window-state';

/** The default size suits a laptop; the minimum still fits a 1366×768 screen under a taskbar. */
export const mainWindowSizes: WindowSizes = { width: 1280, height: 800, minWidth: 720, minHeight: 500 };

export interface MainWindowExtras {
  iconPath?: string;
  /** DevTools are for development; a packaged app has no use for them and they widen what a page can reach. */
  devTools?: boolean;
  /** Where the window goes; Electron centres it at the default size without. */
  bounds?: Rectangle;
  /** The system's appearance is dark (nativeTheme.shouldUseDarkColors). */
  dark?: boolean;
  /** Spelling suggestions, only where the system's own checker runs them locally (macOS). */
  spellcheck?: boolean;
}

export function mainWindowOptions(preloadPath: string, extras: MainWindowExtras = {}): BrowserWindowConstructorOptions {
  return {
    title: 'Waymark',
    width: mainWindowSizes.width,
    height: mainWindowSizes.height,
    ...extras.bounds,
    minWidth: mainWindowSizes.minWidth,
    minHeight: mainWindowSizes.minHeight,
    // Hidden until the first paint, so the person never sees a white flash; the colour covers resizes.
    show: false,
    backgroundColor: windowBackgroundFor(extras.dark ?? false),
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
      spellcheck: extras.spellcheck ?? false,
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
  bounds?: Rectangle;
  maximized?: boolean;
  spellcheck?: boolean;
}

/** Paths relative to the built main script (out/main/index.js), which is where this module ends up. */
export function mainWindowPaths(mainDir: string = import.meta.dirname): MainWindowPaths {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    icon: join(mainDir, '../../resources/icons/icon.png'),
  };
}

export function createMainWindow({ paths, url, devTools, bounds, maximized, spellcheck }: MainWindowSetup): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions(paths.preload, { iconPath: paths.icon, devTools, bounds, spellcheck, dark: nativeTheme.shouldUseDarkColors }),
  );
  const followTheme = () => window.setBackgroundColor(windowBackgroundFor(nativeTheme.shouldUseDarkColors));
  nativeTheme.on('updated', followTheme);
  window.once('closed', () => nativeTheme.off('updated', followTheme));
  window.once('ready-to-show', () => {
    // maximize() shows the window too, so it waits for the first paint as well. The bounds given at
    // creation stay the normal ones: un-maximising returns there.
    if (maximized === true) window.maximize();
    window.show();
  });
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
