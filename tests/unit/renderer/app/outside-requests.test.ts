/**
 * Requests from outside the page (the application menu, a dropped file) reach the screen that owns
 * them: the right route is opened and the request waits there until that screen takes it.
 */
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSystemFile } from '../../../../electron/main/files-from-system';
import { openFileBytes, type OpenFileDeps } from '../../../../electron/main/open-file';
import { createWaymarkApi } from '../../../../electron/preload/api';
import { handleOutsideRequests } from '../../../../renderer/app/outside-requests';
import { electronPlatform } from '../../../../renderer/platform/electron-platform';
import type { OutsideRequest, Platform } from '../../../../renderer/platform/platform';
import { createAppStore } from '../../../../renderer/store/app-store';
import { backupFormatVersion } from '../../../../shared/backup/backup-file';
import { backupFormat } from '../../../../shared/backup/backup-marker';
import { importFrameworkFile } from '../../../../shared/import/import-framework';
import type { Person } from '../../../../shared/workspace/schema';

function setUp(workspaceStatus: 'ready' | 'locked' | 'opening' = 'ready', people: Person[] = []) {
  const store = createAppStore();
  store.setState({ workspaceStatus, people });
  let deliver: (request: OutsideRequest) => void = () => undefined;
  const platform: Pick<Platform, 'onOutsideRequest'> = {
    onOutsideRequest: (listener) => {
      deliver = listener;
    },
  };
  handleOutsideRequests(platform, store);
  return { store, deliver: (request: OutsideRequest) => deliver(request) };
}

const person = (id: string, relationship: Person['relationship']): Person => ({
  id,
  name: id,
  relationship,
  target: null,
  expectedProficiency: 3,
  notes: '',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
});

const backupText = JSON.stringify({ format: backupFormat, formatVersion: backupFormatVersion, createdAt: '2026-11-23T10:00:00.000Z' });

describe('handleOutsideRequests', () => {
  it.each(['save-backup', 'restore-backup'] as const)('File › %s opens Backups and leaves the request for it', (command) => {
    const { store, deliver } = setUp();
    deliver({ kind: 'command', command });
    expect(store.getState().route).toEqual({ view: 'backups' });
    expect(store.getState().pendingRequest?.request).toEqual({ kind: command });
  });

  it('File › Import a Framework… stays on the screen and asks the import to choose a file', () => {
    const { store, deliver } = setUp();
    deliver({ kind: 'command', command: 'import-framework' });
    expect(store.getState().route).toEqual({ view: 'home' });
    expect(store.getState().pendingRequest?.request).toEqual({ kind: 'import-framework' });
  });

  it('File › Export a Document… opens the Documents of the person on screen, else your own', () => {
    const { store, deliver } = setUp('ready', [person('report-1', 'report'), person('me-1', 'me')]);
    deliver({ kind: 'command', command: 'export-document' });
    expect(store.getState().route).toEqual({ view: 'person', personId: 'me-1', tab: 'documents' });
    store.getState().navigate({ view: 'person', personId: 'report-1', tab: 'rate' });
    deliver({ kind: 'command', command: 'export-document' });
    expect(store.getState().route).toEqual({ view: 'person', personId: 'report-1', tab: 'documents' });
    expect(store.getState().pendingRequest).toBeNull();
  });

  it('a dropped backup goes to the restore preview, anything else to the import preview', () => {
    const { store, deliver } = setUp();
    deliver({
      kind: 'file',
      file: { outcome: 'opened', fileName: 'Waymark backup.json', bytes: new TextEncoder().encode(backupText) },
      bytes: backupText.length,
    });
    expect(store.getState().route).toEqual({ view: 'backups' });
    expect(store.getState().pendingRequest?.request).toMatchObject({
      kind: 'backup-file',
      file: { fileName: 'Waymark backup.json', text: backupText },
    });
    deliver({
      kind: 'file',
      file: { outcome: 'opened', fileName: 'ladder.yaml', bytes: new TextEncoder().encode('kind: career-map') },
      bytes: 16,
    });
    expect(store.getState().pendingRequest?.request).toMatchObject({ kind: 'framework-file', file: { fileName: 'ladder.yaml' } });
  });

  it('refuses a dropped framework over the framework size limit, before it is parsed', () => {
    const { store, deliver } = setUp();
    deliver({
      kind: 'file',
      file: { outcome: 'opened', fileName: 'huge.csv', bytes: new TextEncoder().encode('a,b') },
      bytes: 50 * 1024 * 1024,
    });
    expect(store.getState().pendingRequest?.request).toEqual({
      kind: 'framework-file',
      file: { outcome: 'failed', message: expect.stringMatching(/^huge\.csv is 50\.0 MB; Waymark reads framework files of up to 20 MB/) },
    });
  });

  it('takes nothing in while the workspace is locked', () => {
    const { store, deliver } = setUp('locked');
    deliver({ kind: 'command', command: 'save-backup' });
    deliver({
      kind: 'file',
      file: { outcome: 'opened', fileName: 'Waymark backup.json', bytes: new TextEncoder().encode(backupText) },
      bytes: 10,
    });
    expect(store.getState().route).toEqual({ view: 'home' });
    expect(store.getState().pendingRequest).toBeNull();
  });

  it('a file handed over while the workspace is still opening waits for it, then opens its preview', () => {
    const { store, deliver } = setUp('opening');
    deliver({
      kind: 'file',
      file: { outcome: 'opened', fileName: 'ladder.yaml', bytes: new TextEncoder().encode('kind: career-map') },
      bytes: 16,
    });
    expect(store.getState().pendingRequest).toBeNull();
    store.setState({ workspaceStatus: 'ready' });
    expect(store.getState().pendingRequest?.request).toMatchObject({ kind: 'framework-file', file: { fileName: 'ladder.yaml' } });
  });

  it('a request waiting for a workspace that then turns out locked is dropped', () => {
    const { store, deliver } = setUp('opening');
    deliver({ kind: 'command', command: 'save-backup' });
    store.setState({ workspaceStatus: 'locked' });
    store.setState({ workspaceStatus: 'ready' });
    expect(store.getState().pendingRequest).toBeNull();
  });

  it('a request is taken once, and an older id never clears a newer request', () => {
    const { store, deliver } = setUp();
    deliver({ kind: 'command', command: 'import-framework' });
    const first = store.getState().pendingRequest?.id ?? -1;
    deliver({ kind: 'command', command: 'save-backup' });
    store.getState().takeRequest(first);
    expect(store.getState().pendingRequest?.request).toEqual({ kind: 'save-backup' });
  });
});

/**
 * A file opened from the system, end to end: read by the main process, sent over the contract (as
 * Electron sends it, a structured clone), checked by the preload, handed on by the desktop platform and
 * taken by the import — which then reads exactly what it reads from the same file chosen in the app.
 */
describe('files opened from the system', () => {
  const made = resolve(import.meta.dirname, '../../../fixtures/frameworks/made');

  async function openedFromSystem(fileName: string) {
    vi.resetModules();
    const fake = await import('../../../fakes/electron');
    const { onMainEvent } = await import('../../../../electron/preload/ipc');
    const api = createWaymarkApi(() => Promise.reject(new Error('no invoke in this test')), onMainEvent);
    vi.stubGlobal('window', new EventTarget());
    const store = createAppStore();
    store.setState({ workspaceStatus: 'ready' });
    handleOutsideRequests(electronPlatform(api), store);
    fake.ipcRenderer.receive('app:open-file', structuredClone(await readSystemFile(join(made, fileName))));
    const request = store.getState().pendingRequest?.request;
    if (request?.kind !== 'framework-file' || request.file.outcome !== 'opened')
      throw new Error(`no framework file: ${JSON.stringify(request)}`);
    return request.file;
  }

  afterEach(() => vi.unstubAllGlobals());

  it('a Windows-1252 CSV reaches the import preview as the file words it, and the preview names the encoding', async () => {
    const file = await openedFromSystem('ladder-windows-1252-semicolon.csv');
    const imported = importFrameworkFile(file.fileName, file.bytes);
    expect(imported.encoding).toMatchObject({ label: 'windows-1252', basis: 'detected' });
    expect(imported.result.ok && imported.result.framework.name).toBe('Échelle d’ingénierie');
    const chosen = await openFileBytes('framework', { dialog: chooses(join(made, 'ladder-windows-1252-semicolon.csv')), window: null });
    expect(chosen.outcome === 'opened' && importFrameworkFile(chosen.fileName, chosen.bytes)).toEqual(imported);
  });

  it('a workbook reaches the import preview with its sheets, as when chosen in the app', async () => {
    const file = await openedFromSystem('ladder.xlsx');
    // The preview offers the workbook's sheets and reads the ladder's, past the sheet of notes.
    const imported = importFrameworkFile(file.fileName, file.bytes);
    expect(imported.sheets).toEqual({ names: ['Read me', 'Échelle'], chosen: 'Échelle' });
    expect(imported.result.ok && imported.result.framework.name).toBe('Échelle d’ingénierie');
    const chosen = await openFileBytes('framework', { dialog: chooses(join(made, 'ladder.xlsx')), window: null });
    expect(chosen.outcome === 'opened' && importFrameworkFile(chosen.fileName, chosen.bytes)).toEqual(imported);
  });
});

/** A native open dialog in which the person picks `path`. */
function chooses(path: string): OpenFileDeps['dialog'] {
  return { showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [path] }) };
}
