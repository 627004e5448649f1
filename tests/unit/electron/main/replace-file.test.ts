import { mkdtemp, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFile, type ReplaceFileIo } from '../../../../electron/main/replace-file';

async function folderWith(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'waymark-replace-'));
  await writeFile(join(dir, name), text);
  return dir;
}

/** A file system whose writes stop with ENOSPC after `budget` bytes, as a disk that fills up mid-write. */
function fillingDisk(budget: number): ReplaceFileIo {
  return {
    rename,
    rm,
    open: (async (path: string, flags: string) => {
      const handle = await open(path, flags);
      return Object.assign(handle, {
        writeFile: async (bytes: Uint8Array) => {
          await handle.write(bytes.subarray(0, budget));
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        },
      });
    }) as ReplaceFileIo['open'],
  };
}

describe('replacing a file', () => {
  it('writes a new file, and replaces an old one, with no temporary file left', async () => {
    const dir = await folderWith('backup.json', '{"old": true}');
    await replaceFile(join(dir, 'backup.json'), new TextEncoder().encode('{"new": "Zoë 🌱"}'));
    await replaceFile(join(dir, 'plan.pdf'), '%PDF-1.7');
    expect(await readFile(join(dir, 'backup.json'), 'utf8')).toBe('{"new": "Zoë 🌱"}');
    expect(await readFile(join(dir, 'plan.pdf'), 'utf8')).toBe('%PDF-1.7');
    expect((await readdir(dir)).sort()).toEqual(['backup.json', 'plan.pdf']);
  });

  it('keeps the old file whole when the disk fills up half-way, and says why', async () => {
    const dir = await folderWith('backup.json', 'last week’s backup');
    const write = replaceFile(join(dir, 'backup.json'), new Uint8Array(10_000).fill(65), fillingDisk(4_000));
    await expect(write).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(join(dir, 'backup.json'), 'utf8')).toBe('last week’s backup');
    expect(await readdir(dir)).toEqual(['backup.json']);
  });

  it('writes nothing into a folder that is gone, and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'waymark-replace-'));
    await expect(replaceFile(join(dir, 'missing', 'plan.pdf'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes what a crash left of an earlier write to the same file, and nothing else', async () => {
    const dir = await folderWith('plan.pdf', 'last week’s plan');
    await writeFile(join(dir, '.plan.pdf.0123abcd.partial'), '%PDF-1.7 cut');
    await writeFile(join(dir, '.notes.md.0123abcd.partial'), 'another file’s');
    await replaceFile(join(dir, 'plan.pdf'), '%PDF-1.7');
    expect((await readdir(dir)).sort()).toEqual(['.notes.md.0123abcd.partial', 'plan.pdf']);
  });
});
