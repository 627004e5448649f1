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
  }
}

export const session = { defaultSession: new FakeSession() };

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

  readonly sent: string[] = [];

  send(channel: string): void {
    this.sent.push(channel);
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
  focusCount = 0;

  constructor(readonly options: unknown) {
    super();
    FakeBrowserWindow.created.push(this);
    FakeBrowserWindow.open.add(this);
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

  /** Like Electron: 'close' may be prevented by a listener; only then is the window kept. */
  close(): void {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (event.defaultPrevented) return;
    FakeBrowserWindow.open.delete(this);
    this.emit('closed');
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

class FakeApp extends FakeEmitter {
  isPackaged = false;
  appPath = '/fake/app';
  hasSingleInstanceLock = true;
  quitCount = 0;
  exitCodes: number[] = [];
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
  }

  exit(code = 0): void {
    this.exitCodes.push(code);
  }

  reset(): void {
    this.paths.clear();
    this.listeners.clear();
    this.isPackaged = false;
    this.appPath = '/fake/app';
    this.hasSingleInstanceLock = true;
    this.quitCount = 0;
    this.exitCodes = [];
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

  // Electron's overloads: (options) or (window, options).
  showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    const [window, options] = args.length >= 2 ? args : [undefined, args[0]];
    this.messageBoxes.push({ window, options: isRecord(options) ? options : {} });
    return Promise.resolve({ response: 0, checkboxChecked: false });
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
  dialog.messageBoxes.length = 0;
  dialog.errorBoxes.length = 0;
  dialog.saveDialogs.length = 0;
  dialog.openDialogs.length = 0;
  dialog.openDialogAnswer = { canceled: true, filePaths: [] };
  dialog.saveDialogAnswer = { canceled: true };
  protocol.privilegedSchemes.length = 0;
  protocol.handlers.clear();
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
