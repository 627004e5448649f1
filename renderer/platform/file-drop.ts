/**
 * Files dropped on the window, in the desktop app and the browser alike: the first file is read and
 * handed on, to go through the same preview and confirmation as the buttons. A drop never navigates
 * the page to the file (the desktop window also refuses that navigation in the main process).
 */
import type { OpenedBytes } from '../../shared/ipc/contract';
import { readBytesFor } from './read-file';

export interface DroppedFile {
  /** Its bytes: a framework file's encoding is worked out by the import, a backup is read as UTF-8. */
  file: OpenedBytes;
  /** Its size on disk, for the size limit of whatever it turns out to be. */
  bytes: number;
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function listenForDroppedFiles(listener: (dropped: DroppedFile) => void, target: Window = window): void {
  target.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    // Accepting the drag is what allows the drop; 'copy' tells the system nothing is moved.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  target.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file === undefined) return;
    // Read within the larger limit (a backup's); what it is, and so its own limit, is known once read.
    void readBytesFor('backup', file).then((opened) => listener({ file: opened, bytes: file.size }));
  });
}
