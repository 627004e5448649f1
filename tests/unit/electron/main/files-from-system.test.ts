/** Files handed over by the system: found in a command line, read within the limit like a chosen file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filePathsFromArgv, readSystemFile } from '../../../../electron/main/files-from-system';

describe('filePathsFromArgv', () => {
  it('keeps framework files and backups, resolved from the working directory, and nothing else', () => {
    const argv = [
      '/opt/Waymark/waymark',
      '--no-first-run',
      'ladder.YAML',
      'C:\\plans\\Waymark backup.json',
      'notes.txt',
      '-psn_0_1234',
      'team.csv',
    ];
    expect(filePathsFromArgv(argv, '/home/zoë')).toEqual([
      resolve('/home/zoë', 'ladder.YAML'),
      resolve('/home/zoë', 'C:\\plans\\Waymark backup.json'),
      resolve('/home/zoë', 'team.csv'),
    ]);
  });

  it('takes the file:// URLs a Linux file manager passes', () => {
    expect(
      filePathsFromArgv(['/opt/Waymark/waymark', 'file:///home/zo%C3%AB/Z%C3%B6e%20ladder.yaml', 'file://remote-host/x.json'], '/'),
    ).toEqual([resolve('/home/zoë/Zöe ladder.yaml')]);
  });

  it('ignores the executable and, in development, the app folder', () => {
    expect(filePathsFromArgv(['/usr/bin/electron.json', '.'], '/repo')).toEqual([]);
  });
});

describe('readSystemFile', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'waymark-system-file-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file with its size in bytes', async () => {
    writeFileSync(join(dir, 'Łódź ladder.yaml'), 'name: Zoë’s ladder\n');
    expect(await readSystemFile(join(dir, 'Łódź ladder.yaml'))).toEqual({
      file: { outcome: 'opened', fileName: 'Łódź ladder.yaml', text: 'name: Zoë’s ladder\n' },
      bytes: Buffer.byteLength('name: Zoë’s ladder\n'),
    });
  });

  it('says why when the file cannot be read', async () => {
    const { file, bytes } = await readSystemFile(join(dir, 'gone.json'));
    expect(file).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/^gone\.json could not be read/) });
    expect(bytes).toBe(0);
  });
});
