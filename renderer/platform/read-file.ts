/**
 * Reading a file the person handed the page — chosen in the browser's picker, or dropped on the window —
 * refusing one over the purpose's size limit before reading it: as text (a backup), or as its bytes
 * (a framework file, whose encoding the import works out and shows).
 */
import { openFilePurposes, tooLargeMessage, type OpenFilePurpose } from '../../shared/files/open-file';
import { errorMessage } from '../../shared/errors/error-message';
import type { OpenedBytes, OpenedFile } from '../../shared/ipc/contract';
import type { OpenedBlob } from './platform';

async function readWithin<T>(
  purpose: OpenFilePurpose,
  file: File,
  read: (file: File) => Promise<T>,
): Promise<({ outcome: 'opened'; fileName: string } & T) | { outcome: 'failed'; message: string }> {
  if (file.size > openFilePurposes[purpose].maxBytes) return { outcome: 'failed', message: tooLargeMessage(purpose, file.name, file.size) };
  try {
    return { outcome: 'opened', fileName: file.name, ...(await read(file)) };
  } catch (error) {
    return { outcome: 'failed', message: `${file.name} could not be read (${errorMessage(error)}).` };
  }
}

export function readFileFor(purpose: OpenFilePurpose, file: File): Promise<OpenedFile> {
  return readWithin(purpose, file, async (chosen) => ({ text: await chosen.text() }));
}

/** The file itself, unread (within the size limit), for a worker to read. */
export function blobFor(purpose: OpenFilePurpose, file: File): Promise<OpenedBlob | { outcome: 'failed'; message: string }> {
  return readWithin(purpose, file, async (chosen) => ({ blob: chosen }));
}

export function readBytesFor(purpose: OpenFilePurpose, file: File): Promise<OpenedBytes> {
  return readWithin(purpose, file, async (chosen) => ({ bytes: new Uint8Array(await chosen.arrayBuffer()) }));
}
