/**
 * A recording stand-in for the `electron` module in unit tests (vitest aliases 'electron' here).
 *
 * It runs nothing: it remembers what the code asked for, so a test can check it and call the handlers
 * the code registered. Only what Waymark's main process and preload use is here. Tests pass these
 * objects into code typed against the real Electron types by importing them from 'electron'.
 */
type Listener = (...args: unknown[]) => unknown;

class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }

  off(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((each) => each !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const listeners = this.listeners.get(event) ?? [];
    for (const listener of listeners) listener(...args);
    return listeners.length > 0;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An event a listener may cancel, as Electron passes to 'close', 'before-quit' and 'will-quit'. */
export interface FakePreventableEvent {
  defaultPrevented: boolean;
  preventDefault: () => void;
}

export function preventableEvent(): FakePreventableEvent {
  const event: FakePreventableEvent = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** The event object Electron passes to will-navigate and friends. */
export interface FakeNavigationEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault: () => void;
}

export function navigationEvent(url: string): FakeNavigationEvent {
  const event: FakeNavigationEvent = {
    url,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
export type WebRequestListener = (details: Record<string, unknown>, callback: (response: Record<string, unknown>) => void) => void;

// Electron also takes a URL filter first; Waymark filters nothing, so a filter here would be news worth failing on.
class FakeWebRequest {
  beforeRequest: WebRequestListener | null = null;
  headersReceived: WebRequestListener | null = null;

  onBeforeRequest(listener: WebRequestListener): void {
    this.beforeRequest = listener;
  }

  onHeadersReceived(listener: WebRequestListener): void {
    this.headersReceived = listener;
  }
}

/** Runs a recorded webRequest listener the way Electron would, and returns what it answered. */
export function runWebRequest(listener: WebRequestListener | null, details: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (listener === null) return Promise.reject(new Error('No webRequest listener was registered.'));
  return new Promise((resolve) => listener(details, resolve));
}

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  spellCheckerEnabled = true;
  webRequest = new FakeWebRequest();
  readonly dictionaryWords: string[] = [];

  addWordToSpellCheckerDictionary(word: string): boolean {
    this.dictionaryWords.push(word);
    return true;
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }

  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }

  reset(): void {
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    this.spellCheckerEnabled = true;
    this.webRequest = new FakeWebRequest();
    this.dictionaryWords.length = 0;
  }
}

export const session = { defaultSession: new FakeSession() };

export interface FakeRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeDisplay {
  id: number;
  bounds: FakeRectangle;
  /** The bounds less the taskbar, dock and menu bar: where windows go. */
  workArea: FakeRectangle;
}

function intersectionArea(a: FakeRectangle, b: FakeRectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The displays attached; tests set them (a laptop at 1366×768, a second monitor unplugged…). */
class FakeScreen {
  displays: FakeDisplay[] = [];

  constructor() {
    this.reset();
  }

  get primaryDisplay(): FakeDisplay {
    const [primary] = this.displays;
    if (primary === undefined) throw new Error('The fake screen has no display.');
    return primary;
  }

  getPrimaryDisplay(): FakeDisplay {
    return this.primaryDisplay;
  }

  getAllDisplays(): FakeDisplay[] {
    return [...this.displays];
  }

  /** Like Chromium's: the display the rectangle overlaps most, or the primary one when it overlaps none. */
  getDisplayMatching(rect: FakeRectangle): FakeDisplay {
    let best = this.primaryDisplay;
    let bestArea = 0;
    for (const display of this.displays) {
      const area = intersectionArea(display.bounds, rect);
      if (area > bestArea) [best, bestArea] = [display, area];
    }
    return best;
  }

  /** One display, its work area `height - 40` tall as under a taskbar. */
  setSingleDisplay(width: number, height: number): void {
    this.displays = [{ id: 1, bounds: { x: 0, y: 0, width, height }, workArea: { x: 0, y: 0, width, height: height - 40 } }];
  }

  reset(): void {
    this.setSingleDisplay(1920, 1080);
  }
}

export const screen = new FakeScreen();

/** The system's light or dark appearance; `setDark` plays the person switching it. */
class FakeNativeTheme extends FakeEmitter {
  shouldUseDarkColors = false;
  themeSource: 'system' | 'light' | 'dark' = 'system';

  setDark(dark: boolean): void {
    this.shouldUseDarkColors = dark;
    this.emit('updated');
  }

  reset(): void {
    this.listeners.clear();
    this.shouldUseDarkColors = false;
    this.themeSource = 'system';
  }
}

export const nativeTheme = new FakeNativeTheme();

let nextWebContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  static readonly all = new Map<number, FakeWebContents>();

  readonly id = nextWebContentsId++;
  readonly session = session.defaultSession;
  windowOpenHandler: ((details: unknown) => unknown) | null = null;

  constructor() {
    super();
    FakeWebContents.all.set(this.id, this);
  }

  /** Channels sent to the page, in order; `sentMessages` has their arguments too. */
  readonly sent: string[] = [];
  readonly sentMessages: { channel: string; args: unknown[] }[] = [];
  loading = true;
  crashed = false;
  destroyed = false;
  reloadCount = 0;

  send(channel: string, ...args: unknown[]): void {
    // Electron drops messages to a page that is gone; they never arrive.
    if (this.crashed || this.destroyed) return;
    this.sent.push(channel);
    this.sentMessages.push({ channel, args });
  }

  isLoading(): boolean {
    return this.loading;
  }

  isCrashed(): boolean {
    return this.crashed;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Plays the page finishing its load: 'did-finish-load'. */
  finishLoad(): void {
    this.loading = false;
    this.emit('did-finish-load');
  }

  reload(): void {
    this.reloadCount += 1;
    this.crashed = false;
    this.loading = true;
    this.emit('did-start-loading');
  }

  readonly replacedMisspellings: string[] = [];

  replaceMisspelling(word: string): void {
    this.replacedMisspellings.push(word);
  }

  /** Like Electron: ends the renderer; 'render-process-gone' (reason 'killed') follows asynchronously. */
  forcefullyCrashRenderer(): void {
    this.crashed = true;
    queueMicrotask(() => this.emit('render-process-gone', preventableEvent(), { reason: 'killed', exitCode: 1 }));
  }

  /** Plays the renderer process dying: 'render-process-gone' with Electron's details. */
  crash(reason: 'crashed' | 'oom' | 'killed' | 'abnormal-exit' | 'clean-exit' = 'crashed'): void {
    this.crashed = true;
    this.emit('render-process-gone', preventableEvent(), { reason, exitCode: reason === 'clean-exit' ? 0 : 1 });
  }

  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

/** Lets a test reach a webContents no window owns (a webview's, DevTools') through Electron's own types. */
export const webContents = {
  fromId: (id: number): FakeWebContents | undefined => FakeWebContents.all.get(id),
  getAllWebContents: (): FakeWebContents[] => [...FakeWebContents.all.values()],
};

export function fakeWebContents(value: unknown): FakeWebContents {
  if (value instanceof FakeWebContents) return value;
  throw new Error('Expected a FakeWebContents.');
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  static readonly open = new Set<FakeBrowserWindow>();

  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.open];
  }

  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows().find((window) => window.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  minimized = false;
  maximized = false;
  fullScreen = false;
  focusCount = 0;
  bounds: FakeRectangle;
  backgroundColor = '';

  constructor(readonly options: unknown) {
    super();
    FakeBrowserWindow.created.push(this);
    FakeBrowserWindow.open.add(this);
    const given = isRecord(options) ? options : {};
    const number = (key: string, fallback: number) => (typeof given[key] === 'number' ? given[key] : fallback);
    // Electron centres a window that is given no position.
    const width = number('width', 800);
    const height = number('height', 600);
    const area = screen.primaryDisplay.workArea;
    this.bounds = {
      x: number('x', area.x + Math.round((area.width - width) / 2)),
      y: number('y', area.y + Math.round((area.height - height) / 2)),
      width,
      height,
    };
    if (typeof given['backgroundColor'] === 'string') this.backgroundColor = given['backgroundColor'];
  }

  getBounds(): FakeRectangle {
    return { ...this.bounds };
  }

  /** The bounds the window returns to when it is un-maximised (equal to getBounds() in the fake). */
  getNormalBounds(): FakeRectangle {
    return { ...this.bounds };
  }

  setBounds(bounds: Partial<FakeRectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  /** Like Electron: maximising a hidden window also shows it (without focusing it). */
  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
    if (!this.visible) {
      this.visible = true;
      this.emit('show');
    }
  }

  unmaximize(): void {
    this.maximized = false;
    this.emit('unmaximize');
  }

  isFullScreen(): boolean {
    return this.fullScreen;
  }

  setBackgroundColor(color: string): void {
    this.backgroundColor = color;
  }

  /** Plays the page hanging ('unresponsive') and coming back ('responsive'). */
  hang(): void {
    this.emit('unresponsive');
  }

  recover(): void {
    this.emit('responsive');
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  show(): void {
    this.visible = true;
    this.emit('show');
  }

  focus(): void {
    this.focusCount += 1;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  /**
   * Like Electron: 'close' may be prevented by a listener, and then the window stays — and a quit in
   * progress is cancelled (Browser::OnWindowCloseCancelled resets is_quitting_).
   */
  close(): void {
    if (this.isDestroyed()) return;
    const event = preventableEvent();
    this.emit('close', event);
    if (event.defaultPrevented) {
      app.windowCloseCancelled();
      return;
    }
    this.destroy();
  }

  /** Closes at once: no 'close' event, nothing can keep it; 'closed' still follows. */
  destroy(): void {
    if (this.isDestroyed()) return;
    FakeBrowserWindow.open.delete(this);
    this.webContents.destroyed = true;
    this.emit('closed');
    if (FakeBrowserWindow.open.size === 0) app.allWindowsClosed();
  }

  isDestroyed(): boolean {
    return !FakeBrowserWindow.open.has(this);
  }
}

export function fakeWindow(value: unknown): FakeBrowserWindow {
  if (value instanceof FakeBrowserWindow) return value;
  throw new Error('Expected a FakeBrowserWindow.');
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/**
 * The app, with Electron's quit sequence (shell/browser/browser.cc): quit() emits 'before-quit'
 * (cancellable), then closes every window; a window whose 'close' is prevented cancels the quit; once
 * the last window has closed, 'will-quit' (cancellable) and 'quit' follow and the process ends. While
 * quitting, 'window-all-closed' is not emitted; otherwise it is, and with no listener the app quits.
 */
class FakeApp extends FakeEmitter {
  isPackaged = false;
  appPath = '/fake/app';
  hasSingleInstanceLock = true;
  quitCount = 0;
  exitCodes: number[] = [];
  /** Electron's is_quitting_: a quit is under way and has not been cancelled. */
  quitting = false;
  /** The process has ended (after 'quit', or app.exit()). */
  ended = false;
  name = 'Waymark';
  version = '0.1.0';
  private ready = deferred();
  private readyNow = false;

  getAppPath(): string {
    return this.appPath;
  }

  readonly paths = new Map<string, string>();

  getPath(name: string): string {
    return this.paths.get(name) ?? `/fake/${name}`;
  }

  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }

  requestSingleInstanceLock(): boolean {
    return this.hasSingleInstanceLock;
  }

  whenReady(): Promise<void> {
    return this.ready.promise;
  }

  isReady(): boolean {
    return this.readyNow;
  }

  /** Plays Electron's part: resolves whenReady() and emits 'ready'. */
  becomeReady(): void {
    this.readyNow = true;
    this.ready.resolve();
    this.emit('ready');
  }

  quit(): void {
    this.quitCount += 1;
    if (this.quitting || this.ended) return;
    const beforeQuit = preventableEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.quitting = true;
    if (FakeBrowserWindow.open.size === 0) return this.notifyAndShutdown();
    for (const window of [...FakeBrowserWindow.open]) {
      window.close();
      // A prevented close cancelled the quit: the remaining windows are not asked.
      if (!this.quitting) return;
    }
  }

  exit(code = 0): void {
    this.exitCodes.push(code);
    this.ended = true;
  }

  getName(): string {
    return this.name;
  }

  getVersion(): string {
    return this.version;
  }

  /** Called by a window whose close was prevented. */
  windowCloseCancelled(): void {
    this.quitting = false;
  }

  /** Called when the last window has closed. */
  allWindowsClosed(): void {
    if (this.quitting) return this.notifyAndShutdown();
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }

  private notifyAndShutdown(): void {
    const willQuit = preventableEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit', preventableEvent(), 0);
    this.ended = true;
  }

  reset(): void {
    this.paths.clear();
    this.listeners.clear();
    this.isPackaged = false;
    this.appPath = '/fake/app';
    this.hasSingleInstanceLock = true;
    this.quitCount = 0;
    this.exitCodes = [];
    this.quitting = false;
    this.ended = false;
    this.ready = deferred();
    this.readyNow = false;
  }
}

export const app = new FakeApp();

export const BrowserWindow = FakeBrowserWindow;

/** An invoke handler as the code under test registered it: call it with a fake event and the payload. */
export type FakeInvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, FakeInvokeHandler>();

  handle(channel: string, handler: FakeInvokeHandler): void {
    // Electron throws on a second handler for a channel; a double registration is a bug worth seeing.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
}

export const ipcMain = new FakeIpcMain();

export interface RecordedInvocation {
  channel: string;
  args: unknown[];
}

class FakeIpcRenderer extends FakeEmitter {
  readonly invocations: RecordedInvocation[] = [];
  /** What the "main process" answers; tests replace it. */
  respond: (channel: string, ...args: unknown[]) => unknown = () => undefined;

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return this.respond(channel, ...args);
  }

  /** Plays the main process's `webContents.send(channel, ...args)`: listeners get an event object first, as in Electron. */
  receive(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this, senderId: 0, ports: [] }, ...args);
  }
}

export const ipcRenderer = new FakeIpcRenderer();

class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();

  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  }
}

export const contextBridge = new FakeContextBridge();

export interface RecordedMessageBox {
  window: unknown;
  options: Record<string, unknown>;
}

export interface RecordedErrorBox {
  title: string;
  content: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

class FakeDialog {
  readonly messageBoxes: RecordedMessageBox[] = [];
  readonly errorBoxes: RecordedErrorBox[] = [];

  /** The buttons the person "clicks" in the next message boxes, in order; 0 once they run out. */
  readonly messageBoxAnswers: number[] = [];
  /** When set, message boxes stay open until `answerMessageBox` (or their `signal` closes them). */
  holdMessageBoxes = false;
  private readonly held = new Map<RecordedMessageBox, (response: number) => void>();

  // Electron's overloads: (options) or (window, options).
  showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    const [window, given] = args.length >= 2 ? args : [undefined, args[0]];
    const options = isRecord(given) ? given : {};
    const box: RecordedMessageBox = { window, options };
    this.messageBoxes.push(box);
    if (!this.holdMessageBoxes) return Promise.resolve({ response: this.messageBoxAnswers.shift() ?? 0, checkboxChecked: false });
    return new Promise((resolve) => {
      const close = (response: number) => {
        this.held.delete(box);
        resolve({ response, checkboxChecked: false });
      };
      this.held.set(box, close);
      // Electron closes a message box whose AbortSignal fires, answering with its cancelId.
      const signal = options['signal'];
      if (signal instanceof AbortSignal) {
        signal.addEventListener('abort', () => close(typeof options['cancelId'] === 'number' ? options['cancelId'] : 0), { once: true });
      }
    });
  }

  /** Whether a held message box is still open. */
  isOpen(box: RecordedMessageBox | undefined): boolean {
    return box !== undefined && this.held.has(box);
  }

  answerMessageBox(box: RecordedMessageBox | undefined, response: number): void {
    if (box === undefined) throw new Error('No such message box.');
    const close = this.held.get(box);
    if (close === undefined) throw new Error('That message box is not open.');
    close(response);
  }

  reset(): void {
    this.messageBoxes.length = 0;
    this.messageBoxAnswers.length = 0;
    this.holdMessageBoxes = false;
    this.held.clear();
    this.errorBoxes.length = 0;
    this.saveDialogs.length = 0;
    this.openDialogs.length = 0;
    this.openDialogAnswer = { canceled: true, filePaths: [] };
    this.saveDialogAnswer = { canceled: true };
  }

  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }

  readonly openDialogs: RecordedMessageBox[] = [];
  /** What the person "chooses" in the next open dialogs; tests replace it. */
  openDialogAnswer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };

  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    const [window, options] = args.length >= 2 ? args : [undefined, args[0]];
    this.openDialogs.push({ window, options: isRecord(options) ? options : {} });
    return Promise.resolve(this.openDialogAnswer);
  }

  readonly saveDialogs: RecordedMessageBox[] = [];
  /** What the person "chooses" in the next save dialogs; tests replace it. */
  saveDialogAnswer: { canceled: boolean; filePath?: string } = { canceled: true };

  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    const [window, options] = args.length >= 2 ? args : [undefined, args[0]];
    this.saveDialogs.push({ window, options: isRecord(options) ? options : {} });
    return Promise.resolve({ canceled: this.saveDialogAnswer.canceled, filePath: this.saveDialogAnswer.filePath ?? '' });
  }
}

export const dialog = new FakeDialog();

export type FakeProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeProtocol {
  readonly privilegedSchemes: unknown[] = [];
  readonly handlers = new Map<string, FakeProtocolHandler>();

  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privilegedSchemes.push(...schemes);
  }

  handle(scheme: string, handler: FakeProtocolHandler): void {
    this.handlers.set(scheme, handler);
  }
}

export const protocol = new FakeProtocol();

/** A menu as built from a template: the template's items, kept as given, so a test can read and click them. */
export class FakeMenu {
  static applicationMenu: FakeMenu | null = null;
  /** Every menu built, in order (the application menu, then each right-click menu). */
  static readonly built: FakeMenu[] = [];
  readonly popups: unknown[] = [];

  constructor(readonly items: readonly Record<string, unknown>[] = []) {}

  static buildFromTemplate(template: readonly unknown[]): FakeMenu {
    const menu = new FakeMenu(template.filter(isRecord));
    FakeMenu.built.push(menu);
    return menu;
  }

  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.applicationMenu = menu;
  }

  static getApplicationMenu(): FakeMenu | null {
    return FakeMenu.applicationMenu;
  }

  popup(options: unknown = {}): void {
    this.popups.push(options);
  }
}

export const Menu = FakeMenu;

class FakeShell {
  readonly openedPaths: string[] = [];

  openPath(path: string): Promise<string> {
    this.openedPaths.push(path);
    return Promise.resolve('');
  }
}

export const shell = new FakeShell();

/** Forgets everything recorded, keeping the same objects: the code under test holds references to them. */
export function resetFake(): void {
  app.reset();
  FakeBrowserWindow.created.length = 0;
  FakeBrowserWindow.open.clear();
  FakeWebContents.all.clear();
  session.defaultSession.reset();
  ipcMain.handlers.clear();
  ipcRenderer.invocations.length = 0;
  ipcRenderer.listeners.clear();
  ipcRenderer.respond = () => undefined;
  contextBridge.exposed.clear();
  dialog.reset();
  protocol.privilegedSchemes.length = 0;
  protocol.handlers.clear();
  screen.reset();
  nativeTheme.reset();
  FakeMenu.applicationMenu = null;
  FakeMenu.built.length = 0;
  shell.openedPaths.length = 0;
}

/**
 * What `require` gives a sandboxed preload, per Electron's "Process Sandboxing" guide: `electron` (its
 * renderer modules), `events`, `timers` and `url` (also as `node:…`), and nothing else — no `fs`, no
 * `path`, no package from node_modules. A built preload that needs more fails in a real window.
 */
export const sandboxedPreloadModules = ['electron', 'events', 'timers', 'url'] as const;

export function sandboxedPreloadRequire(builtins: Readonly<Record<'events' | 'timers' | 'url', unknown>>): (name: string) => unknown {
  const rendererElectron = { contextBridge, ipcRenderer };
  return (name) => {
    const bare = name.startsWith('node:') && name !== 'node:electron' ? name.slice('node:'.length) : name;
    if (bare === 'electron') return rendererElectron;
    if (bare === 'events' || bare === 'timers' || bare === 'url') return builtins[bare];
    throw new Error(`module not found: ${name}`);
  };
}
