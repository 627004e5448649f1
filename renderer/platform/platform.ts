/**
 * The renderer's one door to the outside world. Features ask the platform, never which platform it
 * is: the desktop app answers through the preload API, a browser through fetch of the bundled files.
 */
import type { FrameworkCatalog } from '../../shared/framework/catalog';
import type { OpenFilePurpose } from '../../shared/files/open-file';
import type { OpenedFile, SavedFileKind, SaveOutcome } from '../../shared/ipc/contract';

export interface Platform {
  /** The frameworks that ship with the app, and the files among them that could not be read. */
  loadFrameworks(): Promise<FrameworkCatalog>;
  /** Saves a file where the person chooses (desktop) or as a download (browser). */
  saveFile(suggestedName: string, kind: SavedFileKind, bytes: Uint8Array<ArrayBuffer>): Promise<SaveOutcome>;
  /** Lets the person choose a file of a kind and reads it (within that kind's size limit). */
  openFile(purpose: OpenFilePurpose): Promise<OpenedFile>;
}
