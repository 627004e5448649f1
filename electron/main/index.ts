/**
 * The main process: app lifecycle only. The work lives in the modules it wires together.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell } from 'electron';
import { mainEvents, type MainEvent, type MainEventPayload, type MenuCommand } from '../../shared/ipc/contract';
import { contentSecurityPolicyHeader } from '../../shared/security/content-security-policy';
import { aboutMessage } from './about';
import { appMenuTemplate } from './app-menu';
import { appEntryUrl, appScheme, registerAppProtocol } from './app-protocol';
import { frameworksDir, loadBundledFrameworks, reportFrameworkProblems } from './bundled-frameworks';
import { contextMenuTemplate } from './context-menu';
import { discardUnfinishedParts } from './file-in-parts';
import { filePathsFromArgv, readSystemFile } from './files-from-system';
import { registerIpcHandlers, sendToPage } from './ipc';
import { automaticBackupsDir, createIpcHandlers } from './ipc-handlers';
import { watchPageHealth } from './page-health';
import { createQuitHandshake } from './quit-handshake';
import { applySessionSecurity, developmentContentSecurityPolicy, guardWebContents, trustedOrigins } from './security';
import { createMainWindow, isAppWindowContents, mainWindowPaths, mainWindowSizes } from './window';
import { placeWindow, readWindowState, rememberWindowState, windowStateFile, writeWindowState, type WindowState } from './window-state';
import { errorMessage } from '../../shared/errors/error-message';

// Only an unpackaged app follows the dev server: an environment variable must never point a shipped app at a remote page.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origins = trustedOrigins(devServerUrl);

// The workspace lives in the user-data folder; pinning its name means renaming or rebranding the app
// (its productName) never leaves people's data behind in a folder the app no longer looks in. The
// end-to-end tests give an unpackaged app a throwaway folder instead; a shipped app ignores the variable.
const testUserDataDir = app.isPackaged ? undefined : process.env['WAYMARK_USER_DATA_DIR'];
app.setPath('userData', testUserDataDir ?? join(app.getPath('appData'), 'Waymark'));
// The system's spell checker works offline on macOS only; elsewhere spelling stays off (see security.ts).
const localSpellChecker = process.platform === 'darwin';

// Must happen before 'ready': privileges cannot be granted to a scheme once the app has started.
// codeCache: Chromium keeps compiled scripts only for http(s) unless a scheme asks, and compiling the
// app's scripts again at every launch is most of the start of a second launch.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let mainWindow: BrowserWindow | null = null;
// macOS also sends 'activate' at launch, while start() is still loading; only later ones may reopen the window.
let started = false;

// Where the window was when it last closed, read once at start.
let windowState: WindowState | null = null;

const quit = createQuitHandshake(app);

function openMainWindow(): BrowserWindow {
  const bounds = placeWindow(
    windowState?.bounds,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
    mainWindowSizes,
  );
  const window = createMainWindow({
    paths: mainWindowPaths(),
    url: devServerUrl ?? appEntryUrl,
    devTools: !app.isPackaged,
    bounds,
    maximized: windowState?.maximized ?? false,
    spellcheck: localSpellChecker,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  rememberWindowState(window, (state) => {
    windowState = state;
    return writeWindowState(windowStateFile(app.getPath('userData')), state);
  });
  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => window.webContents.replaceMisspelling(word),
      addToDictionary: (word) => window.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
  watchPageHealth(window, { dialog, isQuitting: quit.isQuitting, quit: () => app.quit() });
  // The page writes its last automatic backup before the window closes or the app quits.
  quit.guard(window);
  mainWindow = window;
  return window;
}

/** The window, brought forward — or opened again where macOS keeps the app running without one. */
function showMainWindow(): BrowserWindow {
  const window = mainWindow ?? openMainWindow();
  if (window.isMinimized()) window.restore();
  window.focus();
  return window;
}

/** Brings the window forward and sends its page a message; a page still loading has nobody listening yet, so it waits. */
function sendToMainWindow<E extends MainEvent>(event: E, payload: MainEventPayload<E>): void {
  const window = showMainWindow();
  const send = () => sendToPage(window.webContents, event, payload);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

/** A menu command goes to the page, which runs it as its own buttons do. */
function sendMenuCommand(command: MenuCommand): void {
  sendToMainWindow(mainEvents.menuCommand, command);
}

// Files the system handed over before the window existed (the command line, or macOS's 'open-file' at launch).
const filesBeforeStart: string[] = filePathsFromArgv(process.argv, process.cwd());

/** A file from the file manager goes to the page like a dropped one: preview first, nothing changes before. */
function openSystemFile(path: string): void {
  if (!started) {
    filesBeforeStart.push(path);
    return;
  }
  void readSystemFile(path).then((opened) => sendToMainWindow(mainEvents.openFile, opened));
}

function showDataFolder(): void {
  void shell.openPath(app.getPath('userData'));
}

function showAbout(): void {
  const options = aboutMessage({
    version: app.getVersion(),
    versions: process.versions,
    userDataDir: app.getPath('userData'),
    backupsDir: automaticBackupsDir(),
  });
  void (mainWindow === null ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options)).then(({ response }) => {
    if (response === 1) showDataFolder();
  });
}

async function start(): Promise<void> {
  applySessionSecurity(session.defaultSession, {
    allowedOrigins: origins.requests,
    contentSecurityPolicy: devServerUrl === undefined ? contentSecurityPolicyHeader : developmentContentSecurityPolicy(devServerUrl),
    localSpellChecker,
  });
  windowState = await readWindowState(windowStateFile(app.getPath('userData')));
  if (devServerUrl === undefined) registerAppProtocol(protocol, join(import.meta.dirname, '../renderer'));

  const catalog = await loadBundledFrameworks(frameworksDir());
  registerIpcHandlers(createIpcHandlers(catalog, quit), {
    allowedOrigins: origins.pages,
    isAppWebContents: isAppWindowContents,
  });

  const window = openMainWindow();
  started = true;
  for (const path of filesBeforeStart.splice(0)) openSystemFile(path);
  // Once the window exists: its commands are sent to it.
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({ platform: process.platform, packaged: app.isPackaged, command: sendMenuCommand, showAbout, showDataFolder }),
    ),
  );
  // After the window shows, so the dialog sits on the app the person can already see.
  window.once('show', () => void reportFrameworkProblems(dialog, catalog.problems, window));
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would write to the same data; the first one gets focused instead (below).
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!started) return;
    showMainWindow();
    for (const path of filePathsFromArgv(argv, workingDirectory)) openSystemFile(path);
  });
  // macOS: a file opened from the Finder or dropped on the Dock icon, at launch (before ready) or later.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openSystemFile(path);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins.pages));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  // A save cut off by the quit leaves no temporary file beside the file the person chose.
  app.on('quit', discardUnfinishedParts);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Waymark could not start', `${errorMessage(error)}\n\nReinstalling Waymark usually fixes this.`);
      app.exit(1);
    });
}
