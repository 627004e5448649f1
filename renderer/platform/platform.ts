/**
 * The renderer's one door to the outside world. Features ask the platform, never which platform it
 * is: the desktop app answers through the preload API, a browser through fetch of the bundled files.
 */
import type { FrameworkCatalog } from '../../shared/framework/catalog';
import type { OpenFilePurpose } from '../../shared/files/open-file';
import type { AutomaticBackupEntry, MenuCommand, OpenedBytes, OpenedFile, SavedFileKind, SaveOutcome } from '../../shared/ipc/contract';
import type { DroppedFile } from './file-drop';

export interface Platform {
  /** The frameworks that ship with the app, and the files among them that could not be read. */
  loadFrameworks(): Promise<FrameworkCatalog>;
  /** Saves a file where the person chooses (desktop) or as a download (browser). */
  saveFile(suggestedName: string, kind: SavedFileKind, data: Uint8Array<ArrayBuffer> | Blob): Promise<SaveOutcome>;
  /** Lets the person choose a file of a kind and reads it (within that kind's size limit). */
  openFile(purpose: OpenFilePurpose): Promise<OpenedFile>;
  /** The same, giving the file's bytes (framework files: their encoding is worked out after). */
  openFileBytes(purpose: OpenFilePurpose): Promise<OpenedBytes>;
  /**
   * The same, for a worker to read: a browser hands the chosen file over unread (reading a large one
   * in the page holds the window while its bytes are copied in); the desktop app gives its bytes.
   */
  openFileForWorker(purpose: OpenFilePurpose): Promise<OpenedBytes | OpenedBlob>;
  /** Rotating backups kept beside the workspace; null where the platform has no place of its own for them (a browser). */
  automaticBackups: AutomaticBackups | null;
  /** Requests that come from outside the page's own controls: the application menu, a file dropped on the window. */
  onOutsideRequest(listener: (request: OutsideRequest) => void): void;
  /** Asks before the page is closed or reloaded while `saving()` is true, so a change being written is not cut off. */
  guardLeaving(saving: () => boolean): void;
}

/** A file chosen in the page, within its size limit but not read yet. */
export type OpenedBlob = { outcome: 'opened'; fileName: string; blob: Blob };

export type OutsideRequest = { kind: 'command'; command: MenuCommand } | ({ kind: 'file' } & DroppedFile);

export interface AutomaticBackups {
  /** Writes one (the file as built, handed over in parts), pruning old ones. */
  write(file: Blob): Promise<SaveOutcome>;
  list(): Promise<AutomaticBackupEntry[]>;
  read(name: string): Promise<OpenedFile>;
  /** `finish` runs when the app is about to quit; the app waits for it (a few seconds at most). */
  onBeforeQuit(finish: () => Promise<void>): void;
}
