/**
 * The platform in a plain browser: the bundled frameworks are static files beside the page, listed in
 * frameworks/index.json, validated here with the same rules the desktop main process uses.
 */
import { bundledIndexSchema, textDigest, type BundledIndex } from '../../shared/framework/bundled-index';
import { catalogFromFiles, type FrameworkCatalog, type FrameworkFile } from '../../shared/framework/catalog';
import { openFilePurposes, type OpenFilePurpose } from '../../shared/files/open-file';
import type { OpenedBytes, OpenedFile, SavedFileKind, SaveOutcome } from '../../shared/ipc/contract';
import { listenForDroppedFiles } from './file-drop';
import type { OpenedBlob, Platform } from './platform';
import { blobFor, readBytesFor, readFileFor } from './read-file';
import { errorMessage } from '../../shared/errors/error-message';

async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  return response.text();
}

const mimeTypes: Record<SavedFileKind, string> = { pdf: 'application/pdf', json: 'application/json', csv: 'text/csv', md: 'text/markdown' };

/** A download: the browser saves it to its downloads folder, or asks, as the person has set it up. */
async function downloadFile(suggestedName: string, kind: SavedFileKind, data: Uint8Array<ArrayBuffer> | Blob): Promise<SaveOutcome> {
  // A Blob is handed on as it is, never copied into the page.
  const url = URL.createObjectURL(new Blob([data], { type: mimeTypes[kind] }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    return { outcome: 'saved', location: `your downloads, as “${suggestedName}”` };
  } finally {
    // Revoked after the click has been handled: the download holds its own reference by then.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** The browser's file picker, reading the chosen file as `read` does; a closed picker is "cancelled". */
function chooseFile<T extends OpenedFile | OpenedBytes | OpenedBlob>(
  purpose: OpenFilePurpose,
  read: (purpose: OpenFilePurpose, file: File) => Promise<T>,
): Promise<T | { outcome: 'cancelled' }> {
  const { extensions } = openFilePurposes[purpose];
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((extension) => `.${extension}`).join(',');
    input.hidden = true;
    const done = (outcome: T | { outcome: 'cancelled' }) => {
      input.remove();
      resolve(outcome);
    };
    input.addEventListener('cancel', () => done({ outcome: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done({ outcome: 'cancelled' });
      void read(purpose, file).then(done);
    });
    document.body.append(input);
    input.click();
  });
}

export function browserPlatform(baseUrl: URL = new URL('./frameworks/', document.baseURI)): Platform {
  return {
    saveFile: downloadFile,
    openFile: (purpose) => chooseFile(purpose, readFileFor),
    openFileBytes: (purpose) => chooseFile(purpose, readBytesFor),
    openFileForWorker: (purpose) => chooseFile(purpose, blobFor),
    // A browser tab has no folder of its own to keep backups in; people save them by hand.
    automaticBackups: null,
    // No application menu in a browser: only files dropped on the page come from outside.
    onOutsideRequest: (listener) => listenForDroppedFiles((dropped) => listener({ kind: 'file', ...dropped })),
    // Closing or reloading the tab mid-write would end the write: the browser asks "Leave site?" first.
    guardLeaving: (saving) =>
      window.addEventListener('beforeunload', (event) => {
        if (saving()) event.preventDefault();
      }),
    async loadFrameworks(): Promise<FrameworkCatalog> {
      let index: BundledIndex;
      try {
        index = bundledIndexSchema.parse(JSON.parse(await fetchText(new URL('index.json', baseUrl))));
      } catch (error) {
        const reason = errorMessage(error);
        return {
          frameworks: [],
          problems: [
            {
              file: 'frameworks/index.json',
              message: `The list of bundled frameworks could not be read (${reason}). Reload the page; if it persists, rebuild the app.`,
            },
          ],
        };
      }
      const files = await Promise.all(
        index.map(async (entry): Promise<FrameworkFile | { file: string; error: string }> => {
          const { file, sha256 } = typeof entry === 'string' ? { file: entry, sha256: undefined } : entry;
          try {
            const text = await fetchText(new URL(file, baseUrl));
            return { file, text, validatedAtBuild: sha256 !== undefined && (await textDigest(text)) === sha256 };
          } catch (error) {
            return { file, error: errorMessage(error) };
          }
        }),
      );
      const readable = files.filter((entry): entry is FrameworkFile => 'text' in entry);
      const catalog = catalogFromFiles(readable);
      for (const entry of files) {
        if ('error' in entry) catalog.problems.push({ file: entry.file, message: `The file could not be fetched (${entry.error}).` });
      }
      return catalog;
    },
  };
}
