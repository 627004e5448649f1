/**
 * Reading a file the person handed the page — chosen in the browser's picker, or dropped on the window —
 * refusing one over the purpose's size limit before reading it.
 */
import { openFilePurposes, tooLargeMessage, type OpenFilePurpose } from '../../shared/files/open-file';
import { errorMessage } from '../../shared/errors/error-message';
import type { OpenedFile } from '../../shared/ipc/contract';

export async function readFileFor(purpose: OpenFilePurpose, file: File): Promise<OpenedFile> {
  if (file.size > openFilePurposes[purpose].maxBytes) return { outcome: 'failed', message: tooLargeMessage(purpose, file.name, file.size) };
  try {
    return { outcome: 'opened', fileName: file.name, text: await file.text() };
  } catch (error) {
    return { outcome: 'failed', message: `${file.name} could not be read (${errorMessage(error)}).` };
  }
}
