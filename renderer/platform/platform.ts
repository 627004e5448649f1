/**
 * The renderer's one door to the outside world. Features ask the platform, never which platform it
 * is: the desktop app answers through the preload API, a browser through fetch of the bundled files.
 */
import type { FrameworkCatalog } from '../../shared/framework/catalog';
import type { SaveOutcome } from '../../shared/ipc/contract';

export interface Platform {
  /** The frameworks that ship with the app, and the files among them that could not be read. */
  loadFrameworks(): Promise<FrameworkCatalog>;
  /** Saves a finished document where the person chooses (desktop) or as a download (browser). */
  saveDocument(suggestedName: string, bytes: Uint8Array<ArrayBuffer>): Promise<SaveOutcome>;
}
