import { execFileSync } from 'node:child_process';
import * as fsPromises from 'node:fs/promises';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dialog } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { openFile, openFileBytes, readAtMost } from '../../../../electron/main/open-file';
import { openFilePurposes } from '../../../../shared/files/open-file';
import * as fake from '../../../fakes/electron';

beforeEach(() => fake.resetFake());

describe('opening a file', () => {
  it('offers framework files and reads the chosen one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-open-'));
    const path = join(dir, 'ladder.csv');
    await writeFile(path, 'track,level,category,statement\n');
    fake.dialog.openDialogAnswer = { canceled: false, filePaths: [path] };

    expect(await openFile('framework', { dialog, window: null })).toEqual({
      outcome: 'opened',
      fileName: 'ladder.csv',
      text: 'track,level,category,statement\n',
    });
    expect(fake.dialog.openDialogs[0]?.options).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['json', 'yaml', 'yml', 'csv', 'tsv', 'xlsx', 'ods', 'md'] }, { extensions: ['*'] }],
    });
  });

  it('reads a framework file as its bytes, for the import to work out its encoding', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-open-'));
    const path = join(dir, 'échelle.csv');
    const bytes = Uint8Array.of(0x83, 0x63, 0x68, 0x65, 0x6c, 0x6c, 0x65);
    await writeFile(path, bytes);
    fake.dialog.openDialogAnswer = { canceled: false, filePaths: [path] };
    expect(await openFileBytes('framework', { dialog, window: null })).toEqual({ outcome: 'opened', fileName: 'échelle.csv', bytes });
  });

  it('treats a closed dialog as a choice', async () => {
    expect(await openFile('framework', { dialog, window: null })).toEqual({ outcome: 'cancelled' });
  });

  it('refuses a file over the size limit without reading it, saying what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-open-'));
    const path = join(dir, 'huge.json');
    await writeFile(path, Buffer.alloc(openFilePurposes.framework.maxBytes + 1, 32));
    fake.dialog.openDialogAnswer = { canceled: false, filePaths: [path] };
    const outcome = await openFile('framework', { dialog, window: null });
    expect(outcome).toEqual({
      outcome: 'failed',
      message: expect.stringMatching(/^huge\.json is 20\.0 MB; Waymark reads framework files of up to 20 MB\. /),
    });
  });

  it('says when a file cannot be read', async () => {
    fake.dialog.openDialogAnswer = { canceled: false, filePaths: ['/nowhere/ladder.yaml'] };
    expect(await openFile('framework', { dialog, window: null })).toEqual({
      outcome: 'failed',
      message: expect.stringMatching(/^ladder\.yaml could not be read: .*Check the file, or choose another\.$/),
    });
  });
});

describe('opening a backup', () => {
  it('offers JSON backups and allows larger files', async () => {
    fake.dialog.openDialogAnswer = { canceled: true, filePaths: [] };
    await openFile('backup', { dialog, window: null });
    expect(fake.dialog.openDialogs[0]?.options).toMatchObject({
      title: 'Restore a backup',
      filters: [{ extensions: ['json'] }, { extensions: ['*'] }],
    });
    expect(openFilePurposes.backup.maxBytes).toBeGreaterThan(openFilePurposes.framework.maxBytes);
  });
});

describe('opening something that is not a regular file', () => {
  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-open-'));
    const path = join(dir, 'backup.json');
    execFileSync('mkfifo', [path]);
    fake.dialog.openDialogAnswer = { canceled: false, filePaths: [path] };
    expect(await openFile('backup', { dialog, window: null })).toEqual({
      outcome: 'failed',
      message:
        'backup.json is not a regular file (it may be a device, a pipe or a folder), so Waymark did not read it. Choose a file saved on disk.',
    });
  });

  it.each(['/dev/zero', '/dev/urandom'])('refuses the device %s without reading it', async (path) => {
    fake.dialog.openDialogAnswer = { canceled: false, filePaths: [path] };
    const outcome = await openFile('framework', { dialog, window: null });
    expect(outcome.outcome === 'failed' && outcome.message).toMatch(/is not a regular file/);
  });

  it('refuses a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-open-'));
    fake.dialog.openDialogAnswer = { canceled: false, filePaths: [dir] };
    const outcome = await openFile('framework', { dialog, window: null });
    expect(outcome.outcome === 'failed' && outcome.message).toMatch(/is not a regular file/);
  });
});

describe('reading with a limit', () => {
  it('stops at the limit, whatever size the file system reports', async () => {
    // Files under /proc report a size of 0 and still hold kilobytes: only counting while reading catches them.
    expect((await fsPromises.stat('/proc/self/maps')).size).toBe(0);
    expect(await readAtMost('/proc/self/maps', 100)).toEqual({ outcome: 'too-large', bytes: 101 });
  });

  it('reads a file within the limit whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-open-'));
    const path = join(dir, 'zoë.yaml');
    await writeFile(path, 'name: Zoë 🌱\n');
    expect(await readAtMost(path, 100)).toEqual({ outcome: 'read', text: 'name: Zoë 🌱\n' });
  });
});
