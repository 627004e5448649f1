/**
 * Writing a whole file so that it is either the old file or the new one, never half of each: the bytes
 * go to a temporary file beside it, are flushed to the disk, and the temporary file is then renamed
 * over the old one. A full disk, a crash or a power cut mid-write leaves the file the person had (a
 * backup saved over last week's must not destroy last week's) and no temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What the replacement uses of the file system; a test hands in one that fails half-way. */
export interface ReplaceFileIo {
  open: typeof open;
  rename: typeof rename;
  rm: typeof rm;
}

const nodeIo: ReplaceFileIo = { open, rename, rm };

/** The temporary files this run is writing: a sweep of leftovers never takes one of them. */
const partialsInUse = new Set<string>();

/** Whether `name`, in the folder of `path`, is one of its temporary files. */
function isPartialFileOf(path: string, name: string): boolean {
  const prefix = `.${basename(path)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]{8}\.partial$/.test(name.slice(prefix.length));
}

/**
 * A temporary file for `path`: hidden, beside it (a rename across disks is not atomic), and unique,
 * in use until released. What a crash left of earlier writes to `path` is removed first. A folder that
 * is gone fails here, before anything is written.
 */
export async function claimPartialFile(path: string): Promise<string> {
  const folder = dirname(path);
  const leftovers = (await readdir(folder)).filter((name) => isPartialFileOf(path, name) && !partialsInUse.has(join(folder, name)));
  await Promise.all(leftovers.map((name) => rm(join(folder, name), { force: true })));
  const partial = join(folder, `.${basename(path)}.${randomBytes(4).toString('hex')}.partial`);
  partialsInUse.add(partial);
  return partial;
}

/** The temporary file is renamed into place or removed: no longer in use. */
export function releasePartialFile(partial: string): void {
  partialsInUse.delete(partial);
}

export async function replaceFile(path: string, bytes: Uint8Array | string, io: ReplaceFileIo = nodeIo): Promise<void> {
  const partial = await claimPartialFile(path);
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
  } finally {
    releasePartialFile(partial);
  }
}
