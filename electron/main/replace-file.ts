/**
 * Writing a whole file so that it is either the old file or the new one, never half of each: the bytes
 * go to a temporary file beside it, are flushed to the disk, and the temporary file is then renamed
 * over the old one. A full disk, a crash or a power cut mid-write leaves the file the person had (a
 * backup saved over last week's must not destroy last week's) and no temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What the replacement uses of the file system; a test hands in one that fails half-way. */
export interface ReplaceFileIo {
  open: typeof open;
  rename: typeof rename;
  rm: typeof rm;
}

const nodeIo: ReplaceFileIo = { open, rename, rm };

/** The temporary file's name: hidden, beside the target (a rename across disks is not atomic), and unique. */
export function partialFileName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.partial`);
}

/** Whether `name`, in the folder of `path`, is one of its temporary files (partialFileName). */
export function isPartialFileOf(path: string, name: string): boolean {
  const prefix = `.${basename(path)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]{8}\.partial$/.test(name.slice(prefix.length));
}

export async function replaceFile(path: string, bytes: Uint8Array | string, io: ReplaceFileIo = nodeIo): Promise<void> {
  const partial = partialFileName(path);
  try {
    // 'wx': a name that already exists is never written through.
    const file = await io.open(partial, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await io.rename(partial, path);
  } catch (error) {
    await io.rm(partial, { force: true }).catch(() => undefined);
    throw error;
  }
}
