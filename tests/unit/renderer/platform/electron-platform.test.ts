/**
 * The desktop platform's saves and automatic backups: a Blob (a backup, tens of megabytes at 300
 * people) reaches the main process in parts, never whole in one message, and lands as the same bytes.
 * The main process's side is the real one (save-file.ts, automatic-backups.ts) behind a fake invoke
 * that copies each message as Electron does (a structured clone).
 */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialog } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  abandonAutomaticBackup,
  appendAutomaticBackup,
  beginAutomaticBackup,
  finishAutomaticBackup,
} from '../../../../electron/main/automatic-backups';
import { abandonSaveFile, appendSaveFile, beginSaveFile, finishSaveFile, saveFile } from '../../../../electron/main/save-file';
import { createWaymarkApi } from '../../../../electron/preload/api';
import { backupPartBytes } from '../../../../shared/ipc/backup-parts';
import { mainEvents, type IpcChannel, type IpcInvoke, type IpcRequest, type MainEvent } from '../../../../shared/ipc/contract';
import { electronPlatform } from '../../../../renderer/platform/electron-platform';
import * as fake from '../../../fakes/electron';

beforeEach(() => fake.resetFake());

/** The desktop platform over the real main-process saves, and each message it sent: its channel and the bytes it carried. */
function desktop(options: { failAppendAt?: number; backupsDir?: string; holdAppends?: Promise<unknown> } = {}) {
  const sent: { channel: IpcChannel; bytes: number }[] = [];
  const listeners = new Map<MainEvent, (payload: never) => void>();
  const deps = { dialog, window: null, documentsDir: tmpdir() };
  let appends = 0;
  const handle = async (channel: IpcChannel, request: unknown): Promise<unknown> => {
    switch (channel) {
      case 'files:save': {
        const { suggestedName, kind, bytes } = request as IpcRequest<'files:save'>;
        return saveFile(suggestedName, kind, bytes, deps);
      }
      case 'files:save-begin': {
        const { suggestedName, kind } = request as IpcRequest<'files:save-begin'>;
        return beginSaveFile(suggestedName, kind, deps);
      }
      case 'files:save-append': {
        appends += 1;
        await options.holdAppends;
        if (appends === options.failAppendAt) throw new Error('the window is closing');
        const { writeId, bytes } = request as IpcRequest<'files:save-append'>;
        return appendSaveFile(writeId, bytes);
      }
      case 'files:save-finish':
        return finishSaveFile(request as IpcRequest<'files:save-finish'>);
      case 'files:save-abandon':
        return abandonSaveFile(request as IpcRequest<'files:save-abandon'>);
      case 'backups:begin':
        return beginAutomaticBackup(options.backupsDir ?? tmpdir(), new Date('2026-12-04T10:00:00.000Z'));
      case 'backups:append': {
        const { writeId, bytes } = request as IpcRequest<'backups:append'>;
        return appendAutomaticBackup(writeId, bytes);
      }
      case 'backups:finish':
        return finishAutomaticBackup(request as IpcRequest<'backups:finish'>);
      case 'backups:abandon':
        return abandonAutomaticBackup(request as IpcRequest<'backups:abandon'>);
      case 'app:ready-to-quit':
        return undefined;
      default:
        throw new Error(`not used here: ${channel}`);
    }
  };
  const invoke = (async (channel: IpcChannel, request: unknown) => {
    const copy: unknown = structuredClone(request);
    const bytes = copy && typeof copy === 'object' && 'bytes' in copy && copy.bytes instanceof Uint8Array ? copy.bytes.byteLength : 0;
    sent.push({ channel, bytes });
    return handle(channel, copy);
  }) as IpcInvoke;
  const platform = electronPlatform(createWaymarkApi(invoke, (event, listener) => listeners.set(event, listener)));
  /** The main process asks the page to finish before the app quits (quit-handshake.ts). */
  const askToQuit = () => listeners.get(mainEvents.beforeQuit)?.(undefined as never);
  return { platform, sent, askToQuit };
}

/** A backup-like file of `size` bytes: text in several scripts, cut anywhere by the parts. */
function backupOf(size: number): { blob: Blob; text: string } {
  const line = '{"name":"Zoë 🚀","notes":"Мария · 李雷 · ناصر"},\n';
  const text = line.repeat(Math.ceil(size / new TextEncoder().encode(line).byteLength));
  return { blob: new Blob([text], { type: 'application/json' }), text };
}

describe('saving a backup on the desktop', () => {
  it('sends a large backup in parts no larger than a part, and the file holds exactly its bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-parts-'));
    const target = join(dir, 'Waymark backup – 2026-12-04.json');
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: target };
    const { platform, sent } = desktop();
    const { blob, text } = backupOf(2.5 * backupPartBytes);

    expect(await platform.saveFile('Waymark backup – 2026-12-04.json', 'json', blob)).toEqual({ outcome: 'saved', location: target });
    expect(await readFile(target, 'utf8')).toBe(text);
    expect(sent.map((message) => message.channel)).toEqual([
      'files:save-begin',
      'files:save-append',
      'files:save-append',
      'files:save-append',
      'files:save-finish',
    ]);
    expect(Math.max(...sent.map((message) => message.bytes))).toBeLessThanOrEqual(backupPartBytes);
  });

  it('sends nothing when the dialog is closed', async () => {
    const { platform, sent } = desktop();
    expect(await platform.saveFile('backup.json', 'json', backupOf(1000).blob)).toEqual({ outcome: 'cancelled' });
    expect(sent.map((message) => message.channel)).toEqual(['files:save-begin']);
  });

  it('abandons a save cut off between the page and the main process: the file there stays, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-parts-'));
    const target = join(dir, 'backup.json');
    await writeFile(target, 'last week’s');
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: target };
    const { platform, sent } = desktop({ failAppendAt: 2 });
    await expect(platform.saveFile('backup.json', 'json', backupOf(2 * backupPartBytes).blob)).rejects.toThrow('the window is closing');
    expect(sent.at(-1)?.channel).toBe('files:save-abandon');
    expect(await readdir(dir)).toEqual(['backup.json']);
    expect(await readFile(target, 'utf8')).toBe('last week’s');
  });

  it('sends no part when the chosen place cannot be written, and says why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-parts-'));
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: join(dir, 'gone', 'backup.json') };
    const { platform, sent } = desktop();
    const outcome = await platform.saveFile('backup.json', 'json', backupOf(2 * backupPartBytes).blob);
    expect(outcome.outcome === 'failed' && outcome.message).toMatch(/that folder no longer exists/);
    expect(sent.map((message) => message.channel)).toEqual(['files:save-begin']);
  });

  it('still sends a document made in the page (its bytes) in one message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-parts-'));
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: join(dir, 'plan.pdf') };
    const { platform, sent } = desktop();
    const outcome = await platform.saveFile('plan.pdf', 'pdf', new TextEncoder().encode('%PDF-1.7'));
    expect(outcome.outcome).toBe('saved');
    expect(sent.map((message) => message.channel)).toEqual(['files:save']);
  });
});

describe('automatic backups on the desktop', () => {
  it('reach the backups folder in parts no larger than a part, as the same bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-parts-'));
    const { platform, sent } = desktop({ backupsDir: dir });
    const { blob, text } = backupOf(1.5 * backupPartBytes);
    const outcome = await platform.automaticBackups?.write(blob);
    expect(outcome).toEqual({ outcome: 'saved', location: join(dir, 'waymark-auto-2026-12-04T10-00-00-000Z.json') });
    expect(await readFile(join(dir, 'waymark-auto-2026-12-04T10-00-00-000Z.json'), 'utf8')).toBe(text);
    expect(sent.map((message) => message.channel)).toEqual(['backups:begin', 'backups:append', 'backups:append', 'backups:finish']);
    expect(Math.max(...sent.map((message) => message.bytes))).toBeLessThanOrEqual(backupPartBytes);
  });
});

describe('quitting while a backup is being saved on the desktop', () => {
  it('lets the app quit only once the backup is whole where the person chose, not cut off', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-parts-'));
    const target = join(dir, 'backup.json');
    fake.dialog.saveDialogAnswer = { canceled: false, filePath: target };
    let release: (value: unknown) => void = () => undefined;
    const { platform, sent, askToQuit } = desktop({ holdAppends: new Promise((resolve) => (release = resolve)) });
    platform.automaticBackups?.onBeforeQuit(async () => undefined);
    const channels = () => sent.map((message) => message.channel);
    const { blob, text } = backupOf(1.5 * backupPartBytes);

    const saving = platform.saveFile('backup.json', 'json', blob);
    await vi.waitFor(() => expect(channels()).toContain('files:save-append'));
    askToQuit();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(channels()).not.toContain('app:ready-to-quit');

    release(undefined);
    expect(await saving).toEqual({ outcome: 'saved', location: target });
    await vi.waitFor(() => expect(channels().at(-1)).toBe('app:ready-to-quit'));
    expect(channels().indexOf('files:save-finish')).toBeLessThan(channels().indexOf('app:ready-to-quit'));
    expect(await readFile(target, 'utf8')).toBe(text);
  });

  it('lets it quit as soon as the last automatic backup is done when nothing is being saved', async () => {
    const { platform, sent, askToQuit } = desktop();
    let backedUp = false;
    platform.automaticBackups?.onBeforeQuit(async () => {
      backedUp = true;
    });
    askToQuit();
    await vi.waitFor(() => expect(sent.map((message) => message.channel)).toEqual(['app:ready-to-quit']));
    expect(backedUp).toBe(true);
  });
});
