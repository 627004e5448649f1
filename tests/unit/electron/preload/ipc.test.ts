/** The renderer side of IPC: requests checked before they leave, responses checked when they arrive. */
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledFrameworks } from '../../../../electron/main/bundled-frameworks';
import { invoke } from '../../../../electron/preload/ipc';
import type { FrameworkCatalog } from '../../../../shared/framework/catalog';
import { ipcRenderer as fakeIpcRenderer, resetFake } from '../../../fakes/electron';

let catalog: FrameworkCatalog = { frameworks: [], problems: [] };
beforeAll(async () => {
  catalog = await loadBundledFrameworks(join(import.meta.dirname, '../../../../resources/frameworks'));
});
beforeEach(resetFake);

describe('invoke', () => {
  it('sends the request on its channel and returns the checked response', async () => {
    fakeIpcRenderer.respond = () => catalog;
    await expect(invoke('frameworks:load', undefined)).resolves.toEqual(catalog);
    expect(fakeIpcRenderer.invocations).toEqual([{ channel: 'frameworks:load', args: [undefined] }]);
  });

  it('returns the parsed response, not the raw one', async () => {
    const [first] = catalog.frameworks;
    if (first === undefined) throw new Error('no bundled framework');
    // Defaults are filled in by the schema: proof the response went through it.
    const withoutNotes = structuredClone(first);
    Reflect.deleteProperty(withoutNotes, 'notes');
    fakeIpcRenderer.respond = () => ({ frameworks: [withoutNotes], problems: [] });
    const answer = await invoke('frameworks:load', undefined);
    expect(answer.frameworks[0]?.notes).toEqual([]);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'catalog'],
    ['a catalog missing its problems', { frameworks: [] }],
    ['a framework with a broken id', { frameworks: [{ kind: 'career-map', id: 'Not A Slug' }], problems: [] }],
  ])('refuses a malformed response: %s', async (_what, response) => {
    fakeIpcRenderer.respond = () => response;
    await expect(invoke('frameworks:load', undefined)).rejects.toThrow(/Invalid response on "frameworks:load"/);
  });

  it('refuses an invalid request before it leaves the page', async () => {
    // @ts-expect-error -- a caller outside TypeScript's reach (a bug, or a script in the page) can send anything.
    await expect(invoke('frameworks:load', { path: '/etc/passwd' })).rejects.toThrow(/Invalid request on "frameworks:load"/);
    expect(fakeIpcRenderer.invocations).toEqual([]);
  });

  it('passes on a refusal from the main process', async () => {
    fakeIpcRenderer.respond = () => {
      throw new Error('Refused IPC "frameworks:load" from untrusted sender');
    };
    await expect(invoke('frameworks:load', undefined)).rejects.toThrow(/Refused IPC/);
  });
});
