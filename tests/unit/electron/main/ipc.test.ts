/** The main side of IPC: only our own page in our own window gets an answer, and only to a valid request. */
import { join } from 'node:path';
import { app, BrowserWindow, webContents } from 'electron';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledFrameworks } from '../../../../electron/main/bundled-frameworks';
import { handle, registerIpcHandlers, type SenderTrust } from '../../../../electron/main/ipc';
import { createIpcHandlers } from '../../../../electron/main/ipc-handlers';
import { createQuitHandshake } from '../../../../electron/main/quit-handshake';
import { isAppWindowContents } from '../../../../electron/main/window';
import type { FrameworkCatalog } from '../../../../shared/framework/catalog';
import { ipcContract } from '../../../../shared/ipc/contract';
import { FakeWebContents, ipcMain as fakeIpcMain, resetFake } from '../../../fakes/electron';

const trust: SenderTrust = { allowedOrigins: ['app://waymark'], isAppWebContents: isAppWindowContents };
const channels = Object.keys(ipcContract);

let catalog: FrameworkCatalog = { frameworks: [], problems: [] };
beforeAll(async () => {
  catalog = await loadBundledFrameworks(join(import.meta.dirname, '../../../../resources/frameworks'));
});
beforeEach(resetFake);

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** What Electron hands an invoke handler: the sending webContents and the frame inside it. */
function invokeEvent(sender: unknown, senderFrame: FakeFrame | null) {
  return { sender, senderFrame, frameId: 1, processId: 1, type: 'frame' };
}

function appPage(url = 'app://waymark/index.html') {
  return invokeEvent(new BrowserWindow({}).webContents, { url, parent: null });
}

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = fakeIpcMain.handlers.get(channel);
  if (handler === undefined) return Promise.reject(new Error(`no handler for ${channel}`));
  return Promise.resolve().then(() => handler(event, ...args));
}

describe('registerIpcHandlers', () => {
  it('registers a handler for every channel of the contract', () => {
    registerIpcHandlers(createIpcHandlers(catalog, createQuitHandshake(app)), trust);
    expect([...fakeIpcMain.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it("answers 'frameworks:load' from our own page with the catalog loaded at start", async () => {
    registerIpcHandlers(createIpcHandlers(catalog, createQuitHandshake(app)), trust);
    const answer = await invoke('frameworks:load', appPage(), undefined);
    expect(answer).toEqual(catalog);
    expect(catalog.frameworks.length).toBeGreaterThan(0);
  });

  describe.each(channels)('%s refuses an untrusted sender', (channel) => {
    beforeEach(() => registerIpcHandlers(createIpcHandlers(catalog, createQuitHandshake(app)), trust));

    it('from another origin', async () => {
      const event = invokeEvent(new BrowserWindow({}).webContents, { url: 'https://example.com/', parent: null });
      await expect(invoke(channel, event, undefined)).rejects.toThrow(/Refused IPC .* from untrusted sender/);
    });

    it('from another app:// host, or the dev server when it is not trusted', async () => {
      await expect(invoke(channel, appPage('app://elsewhere/index.html'), undefined)).rejects.toThrow(/untrusted sender/);
      await expect(invoke(channel, appPage('http://localhost:5173/'), undefined)).rejects.toThrow(/untrusted sender/);
    });

    it('without a sender frame', async () => {
      const event = invokeEvent(new BrowserWindow({}).webContents, null);
      await expect(invoke(channel, event, undefined)).rejects.toThrow(/untrusted sender/);
    });

    it('from a subframe, even one showing an app page', async () => {
      const top: FakeFrame = { url: 'app://waymark/index.html', parent: null };
      const event = invokeEvent(new BrowserWindow({}).webContents, { url: 'app://waymark/index.html', parent: top });
      await expect(invoke(channel, event, undefined)).rejects.toThrow(/untrusted sender/);
    });

    it('from a webContents that is not one of our windows', async () => {
      const foreign = webContents.fromId(new FakeWebContents().id);
      const event = invokeEvent(foreign, { url: 'app://waymark/index.html', parent: null });
      await expect(invoke(channel, event, undefined)).rejects.toThrow(/untrusted sender/);
    });
  });
});

describe('handle', () => {
  function handleLoad(answer: () => FrameworkCatalog) {
    const calls: unknown[] = [];
    handle(
      'frameworks:load',
      (request) => {
        calls.push(request);
        return answer();
      },
      trust,
    );
    return calls;
  }

  it('does not run the handler for a refused sender', async () => {
    const calls = handleLoad(() => catalog);
    await expect(invoke('frameworks:load', invokeEvent(null, null), undefined)).rejects.toThrow(/Refused IPC "frameworks:load"/);
    expect(calls).toEqual([]);
  });

  it('refuses an invalid payload before the handler runs', async () => {
    const calls = handleLoad(() => catalog);
    await expect(invoke('frameworks:load', appPage(), { path: '/etc/passwd' })).rejects.toThrow(/Invalid request on "frameworks:load"/);
    await expect(invoke('frameworks:load', appPage(), undefined, 'extra')).rejects.toThrow(/expected one argument/);
    expect(calls).toEqual([]);
  });

  it('refuses to send a response the contract does not allow', async () => {
    // Type-correct but outside the schema: ids must be slugs. A handler bug like this must not reach the page.
    const [first] = catalog.frameworks;
    if (first === undefined) throw new Error('no bundled framework to break');
    handleLoad(() => ({ frameworks: [{ ...first, id: 'Not A Slug' }], problems: [] }));
    await expect(invoke('frameworks:load', appPage(), undefined)).rejects.toThrow(/Invalid response from the "frameworks:load" handler/);
  });

  it('passes a valid request to the handler and returns its answer', async () => {
    const calls = handleLoad(() => catalog);
    await expect(invoke('frameworks:load', appPage(), undefined)).resolves.toEqual(catalog);
    expect(calls).toEqual([undefined]);
  });
});
