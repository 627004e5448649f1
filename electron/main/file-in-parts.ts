/**
 * A file the page sends in parts, so that no one message holds it whole (a backup of 300 people is
 * tens of megabytes): the parts go to a temporary file beside the file's place, which is flushed to the
 * disk and renamed into place once finished. A full disk, a page that stops sending (the write is
 * abandoned after a minute) or a quit mid-write (discardUnfinishedParts; the page is first given a few
 * seconds to finish its writes, quit-handshake.ts) leaves whatever file was there before, and no
 * temporary file; a crash of the app itself can leave one, hidden, beside the file, which the next
 * write to that file removes. A part that fails to be written is kept as the write's failure and
 * reported when it is finished.
 *
 * Automatic backups (automatic-backups.ts) and files saved where the person chose (save-file.ts) use it.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { claimPartialFile, releasePartialFile } from './replace-file';

/** Who writes in parts: each reaches only its own writes, whatever id the page sends. */
export type PartsOwner = 'automatic-backup' | 'save';

export interface PartsTarget {
  owner: PartsOwner;
  /** Where the finished file goes. */
  path: string;
  /** Runs before the temporary file is opened (making the folder, say); a failure is reported when finished. */
  prepare?: () => Promise<void>;
  /** Runs once if the write is abandoned (by the page, or because it went quiet) instead of finished. */
  abandoned?: (writeId: string) => void;
}

interface Write {
  owner: PartsOwner;
  path: string;
  /** The temporary file, once claimed (replace-file.ts). */
  partial: string | null;
  file: FileHandle | null;
  failure: unknown;
  abandoned: (writeId: string) => void;
  /** Abandons the write if the page stops sending parts (it crashed or was closed). */
  idle: NodeJS.Timeout | undefined;
}

/** How a write in parts ended: in place, failed (why), or no longer there (abandoned meanwhile). */
export type PartsOutcome = { outcome: 'written'; path: string } | { outcome: 'failed'; path: string; error: unknown } | { outcome: 'gone' };

const writes = new Map<string, Write>();

/** The write `writeId` names, if `owner` began it. */
function writeOf(owner: PartsOwner, writeId: string): Write | undefined {
  const write = writes.get(writeId);
  return write?.owner === owner ? write : undefined;
}

/** A write whose page sends nothing for this long is abandoned. */
export const abandonAfterMs = 60_000;

/**
 * Starts a write: resolves to the id its parts are sent under, and why its temporary file could not be
 * made (undefined when it was); that failure is also reported when the write is finished.
 */
export async function beginParts(target: PartsTarget): Promise<{ writeId: string; failure: unknown }> {
  const writeId = randomUUID();
  const write: Write = {
    owner: target.owner,
    path: target.path,
    partial: null,
    file: null,
    failure: undefined,
    abandoned: target.abandoned ?? (() => undefined),
    idle: undefined,
  };
  writes.set(writeId, write);
  try {
    await target.prepare?.();
    write.partial = await claimPartialFile(target.path);
    // 'wx': a name that already exists is never written through.
    write.file = await open(write.partial, 'wx');
  } catch (error) {
    write.failure = error;
  }
  // Idle from now on: however long the folder took to open, the page has had no chance to send yet.
  touch(writeId, write);
  return { writeId, failure: write.failure };
}

function touch(writeId: string, write: Write): void {
  clearTimeout(write.idle);
  write.idle = setTimeout(() => void abandonParts(write.owner, writeId), abandonAfterMs);
  write.idle.unref();
}

/** Appends the next part; a failure is kept and reported when the write is finished. */
export async function appendPart(owner: PartsOwner, writeId: string, bytes: Uint8Array): Promise<void> {
  const write = writeOf(owner, writeId);
  if (!write) return;
  touch(writeId, write);
  if (!write.file || write.failure !== undefined) return;
  try {
    await write.file.write(bytes);
  } catch (error) {
    write.failure = error;
  }
}

async function close(writeId: string, write: Write): Promise<void> {
  writes.delete(writeId);
  clearTimeout(write.idle);
  try {
    await write.file?.close();
  } finally {
    write.file = null;
  }
}

/** Removes the write's temporary file, which is then no longer in use. */
async function removePartial(write: Write): Promise<void> {
  if (write.partial === null) return;
  try {
    await rm(write.partial, { force: true });
  } finally {
    releasePartialFile(write.partial);
  }
}

/** Puts the finished file in place: flushed to the disk, then renamed over whatever was there. */
export async function finishParts(owner: PartsOwner, writeId: string): Promise<PartsOutcome> {
  const write = writeOf(owner, writeId);
  if (!write) return { outcome: 'gone' };
  // Finishing: no longer idle, whatever the flush takes.
  clearTimeout(write.idle);
  try {
    if (write.failure === undefined) await write.file?.sync();
    await close(writeId, write);
    if (write.failure !== undefined || write.partial === null) throw write.failure;
    await rename(write.partial, write.path);
    releasePartialFile(write.partial);
    return { outcome: 'written', path: write.path };
  } catch (error) {
    await removePartial(write).catch(() => undefined);
    return { outcome: 'failed', path: write.path, error };
  }
}

/** Drops a write the page could not finish: its temporary file goes. */
export async function abandonParts(owner: PartsOwner, writeId: string): Promise<void> {
  const write = writeOf(owner, writeId);
  if (!write) return;
  try {
    await close(writeId, write);
    await removePartial(write);
  } catch {
    // Left over: the next write to the same file removes it (claimPartialFile).
  } finally {
    write.abandoned(writeId);
  }
}

/**
 * At quit: the temporary files of writes still open go, so a save cut off by the quit leaves nothing
 * beside the file the person chose. Synchronous, as the quit does not wait.
 */
export function discardUnfinishedParts(): void {
  for (const [writeId, write] of writes) {
    writes.delete(writeId);
    clearTimeout(write.idle);
    if (write.partial === null) continue;
    releasePartialFile(write.partial);
    try {
      rmSync(write.partial, { force: true });
    } catch {
      // Still open on a system that refuses to remove an open file: left, hidden, beside the file.
    }
  }
}
