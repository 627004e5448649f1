/** Files handed over by the system: found in a command line, read as bytes within the limit like a chosen file. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
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

const fixtures = resolve(import.meta.dirname, '../../../fixtures/frameworks');

describe('readSystemFile', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'waymark-system-file-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the file as its bytes, with its size, decoding nothing', async () => {
    writeFileSync(join(dir, 'Łódź ladder.yaml'), 'name: Zoë’s ladder\n');
    expect(await readSystemFile(join(dir, 'Łódź ladder.yaml'))).toEqual({
      file: { outcome: 'opened', fileName: 'Łódź ladder.yaml', bytes: new TextEncoder().encode('name: Zoë’s ladder\n') },
      bytes: Buffer.byteLength('name: Zoë’s ladder\n'),
    });
  });

  it.each(['made/ladder-windows-1252-semicolon.csv', 'made/ladder.xlsx', 'made/ladder-utf-16.txt'])(
    'hands over %s byte for byte (a legacy encoding, a workbook, UTF-16)',
    async (fixture) => {
      const onDisk = new Uint8Array(readFileSync(join(fixtures, fixture)));
      const { file, bytes } = await readSystemFile(join(fixtures, fixture));
      expect(file).toEqual({ outcome: 'opened', fileName: basename(fixture), bytes: onDisk });
      expect(bytes).toBe(onDisk.byteLength);
    },
  );

  it('says why when the file cannot be read', async () => {
    const { file, bytes } = await readSystemFile(join(dir, 'gone.json'));
    expect(file).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/^gone\.json could not be read/) });
    expect(bytes).toBe(0);
  });
});
