/**
 * The main process: app lifecycle only. The work lives in the modules it wires together.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, protocol, session } from 'electron';
import { contentSecurityPolicyHeader } from '../../shared/security/content-security-policy';
import { appEntryUrl, appScheme, registerAppProtocol } from './app-protocol';
import { frameworksDir, loadBundledFrameworks, reportFrameworkProblems } from './bundled-frameworks';
import { registerIpcHandlers } from './ipc';
import { createIpcHandlers } from './ipc-handlers';
import { createQuitHandshake } from './quit-handshake';
import { applySessionSecurity, developmentContentSecurityPolicy, guardWebContents, trustedOrigins } from './security';
import { createMainWindow, isAppWindowContents, mainWindowPaths } from './window';
import { errorMessage } from '../../shared/errors/error-message';

// Only an unpackaged app follows the dev server: an environment variable must never point a shipped app at a remote page.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origins = trustedOrigins(devServerUrl);

// The workspace lives in the user-data folder; pinning its name means renaming or rebranding the app
// (its productName) never leaves people's data behind in a folder the app no longer looks in.
app.setPath('userData', join(app.getPath('appData'), 'Waymark'));

// Must happen before 'ready': privileges cannot be granted to a scheme once the app has started.
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
// macOS also sends 'activate' at launch, while start() is still loading; only later ones may reopen the window.
let started = false;

const quit = createQuitHandshake();

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({
    paths: mainWindowPaths(),
    url: devServerUrl ?? appEntryUrl,
    devTools: !app.isPackaged,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // The page writes its last automatic backup before the window closes.
  quit.guard(window);
  mainWindow = window;
  return window;
}

async function start(): Promise<void> {
  applySessionSecurity(session.defaultSession, {
    allowedOrigins: origins.requests,
    contentSecurityPolicy: devServerUrl === undefined ? contentSecurityPolicyHeader : developmentContentSecurityPolicy(devServerUrl),
  });
  if (devServerUrl === undefined) registerAppProtocol(protocol, join(import.meta.dirname, '../renderer'));

  const catalog = await loadBundledFrameworks(frameworksDir());
  registerIpcHandlers(createIpcHandlers(catalog, quit), {
    allowedOrigins: origins.pages,
    isAppWebContents: isAppWindowContents,
  });

  const window = openMainWindow();
  started = true;
  // After the window shows, so the dialog sits on the app the person can already see.
  window.once('show', () => void reportFrameworkProblems(dialog, catalog.problems, window));
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would write to the same data; the first one gets focused instead (below).
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins.pages));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Waymark could not start', `${errorMessage(error)}\n\nReinstalling Waymark usually fixes this.`);
      app.exit(1);
    });
}
