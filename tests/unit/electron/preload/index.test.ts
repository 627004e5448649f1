/** The preload: exactly the named API functions under window.waymark, and nothing of Electron's. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWaymarkApi } from '../../../../electron/preload/api';
import { invoke } from '../../../../electron/preload/ipc';
import type { IpcChannel, IpcInvoke } from '../../../../shared/ipc/contract';
import { ipcRenderer as fakeIpcRenderer } from '../../../fakes/electron';

/** A fresh fake and a fresh preload run per test: the preload does its work when it is loaded. */
async function runPreload() {
  vi.resetModules();
  const fake = await import('../../../fakes/electron');
  await import('../../../../electron/preload/index');
  return fake;
}

type Fake = Awaited<ReturnType<typeof runPreload>>;

/** What the page would find as window.waymark, as plain entries. */
function exposedApi(fake: Fake): Map<string, unknown> {
  const api = fake.contextBridge.exposed.get('waymark');
  if (typeof api !== 'object' || api === null) throw new Error("nothing object-like was exposed as 'waymark'");
  const entries: [string, unknown][] = Object.entries(api);
  return new Map(entries);
}

function isAsyncFunction(value: unknown): value is () => Promise<unknown> {
  return typeof value === 'function';
}

const namedFunctions = Object.keys(
  createWaymarkApi(
    () => Promise.reject(new Error('unused')),
    () => undefined,
  ),
);

describe('the preload', () => {
  let fake: Fake;
  beforeEach(async () => {
    fake = await runPreload();
  });

  it("exposes only 'waymark' to the page", () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['waymark']);
  });

  it('exposes exactly the named API functions, and only functions', () => {
    const api = exposedApi(fake);
    expect(namedFunctions).toEqual([
      'loadFrameworks',
      'saveFile',
      'beginSaveFile',
      'appendSaveFile',
      'finishSaveFile',
      'abandonSaveFile',
      'openFile',
      'openFileBytes',
      'beginAutomaticBackup',
      'appendAutomaticBackup',
      'finishAutomaticBackup',
      'abandonAutomaticBackup',
      'listAutomaticBackups',
      'readAutomaticBackup',
      'onBeforeQuit',
      'onMenuCommand',
      'onFileOpened',
    ]);
    expect([...api.keys()].sort()).toEqual([...namedFunctions].sort());
    for (const [name, value] of api) expect(typeof value, name).toBe('function');
  });

  it('answers loadFrameworks through the checked IPC channel', async () => {
    const catalog = { frameworks: [], problems: [{ file: 'broken.json', message: 'not JSON' }] };
    fake.ipcRenderer.respond = () => catalog;
    const loadFrameworks = exposedApi(fake).get('loadFrameworks');
    if (!isAsyncFunction(loadFrameworks)) throw new Error('loadFrameworks is not exposed');
    await expect(loadFrameworks()).resolves.toEqual(catalog);
    expect(fake.ipcRenderer.invocations).toEqual([{ channel: 'frameworks:load', args: [undefined] }]);
  });

  it('lets loadFrameworks reject a malformed answer from the main process', async () => {
    fake.ipcRenderer.respond = () => ({ frameworks: 'everything' });
    const loadFrameworks = exposedApi(fake).get('loadFrameworks');
    if (!isAsyncFunction(loadFrameworks)) throw new Error('loadFrameworks is not exposed');
    await expect(loadFrameworks()).rejects.toThrow(/Invalid response/);
  });
});

describe('createWaymarkApi', () => {
  it('maps each function to its channel with its request', async () => {
    const sent: { channel: IpcChannel; request: unknown }[] = [];
    const recordingInvoke: IpcInvoke = (channel, request) => {
      sent.push({ channel, request });
      return invoke(channel, request);
    };
    fakeIpcRenderer.respond = () => ({ frameworks: [], problems: [] });
    const api = createWaymarkApi(recordingInvoke, () => undefined);
    await expect(api.loadFrameworks()).resolves.toEqual({ frameworks: [], problems: [] });
    expect(sent).toEqual([{ channel: 'frameworks:load', request: undefined }]);
  });

  it('imports nothing from Electron, so the renderer can typecheck against it', () => {
    const source = readFileSync(join(import.meta.dirname, '../../../../electron/preload/api.ts'), 'utf8');
    expect(source).not.toMatch(/from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)/);
  });
});

describe('messages from the main process', () => {
  it('runs the quit handshake: finish, then tell the main process it may close', async () => {
    const fake = await runPreload();
    const onBeforeQuit = exposedApi(fake).get('onBeforeQuit');
    if (typeof onBeforeQuit !== 'function') throw new Error('onBeforeQuit is not exposed');
    const finished: string[] = [];
    onBeforeQuit(async () => {
      finished.push('last backup written');
    });
    expect(fake.ipcRenderer.invocations).toEqual([]);
    fake.ipcRenderer.receive('app:before-quit', undefined);
    await vi.waitFor(() => expect(fake.ipcRenderer.invocations).toEqual([{ channel: 'app:ready-to-quit', args: [undefined] }]));
    expect(finished).toEqual(['last backup written']);
  });

  it('still lets the app quit when finishing fails', async () => {
    const fake = await runPreload();
    const onBeforeQuit = exposedApi(fake).get('onBeforeQuit');
    if (typeof onBeforeQuit !== 'function') throw new Error('onBeforeQuit is not exposed');
    onBeforeQuit(() => Promise.reject(new Error('disk full')));
    fake.ipcRenderer.receive('app:before-quit', undefined);
    await vi.waitFor(() => expect(fake.ipcRenderer.invocations.map((call) => call.channel)).toEqual(['app:ready-to-quit']));
  });

  it('hands the page menu commands, checked, and never Electron’s event object', async () => {
    const fake = await runPreload();
    const onMenuCommand = exposedApi(fake).get('onMenuCommand');
    if (typeof onMenuCommand !== 'function') throw new Error('onMenuCommand is not exposed');
    const received: unknown[][] = [];
    onMenuCommand((...args: unknown[]) => received.push(args));
    fake.ipcRenderer.receive('app:menu-command', 'save-backup');
    fake.ipcRenderer.receive('app:menu-command', 'format-disk');
    fake.ipcRenderer.receive('app:menu-command');
    expect(received).toEqual([['save-backup']]);
  });

  it('hands the page files the system opened, checked', async () => {
    const fake = await runPreload();
    const onFileOpened = exposedApi(fake).get('onFileOpened');
    if (typeof onFileOpened !== 'function') throw new Error('onFileOpened is not exposed');
    const received: unknown[] = [];
    onFileOpened((opened: unknown) => received.push(opened));
    const opened = { file: { outcome: 'opened', fileName: 'ladder.csv', bytes: Uint8Array.of(0xc9, 0x63, 0x68) }, bytes: 3 };
    fake.ipcRenderer.receive('app:open-file', opened);
    fake.ipcRenderer.receive('app:open-file', { file: { outcome: 'opened', fileName: 'x' }, bytes: -1 });
    // Text is what the page once got; a framework file now always comes as its bytes.
    fake.ipcRenderer.receive('app:open-file', { file: { outcome: 'opened', fileName: 'x.csv', text: 'a,b' }, bytes: 3 });
    expect(received).toEqual([opened]);
  });
});
