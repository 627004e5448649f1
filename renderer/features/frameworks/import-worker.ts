/**
 * The import worker: decodes and parses a framework file, and compares it with the version already
 * here, off the main thread, so a file of tens of thousands of statements never freezes the window.
 * It reports how far it has got; cancelling an import terminates it.
 */
import type { Framework } from '../../../shared/framework/schema';
import { compareVersions, isSameContent, type VersionChanges } from '../../../shared/import/framework-versions';
import { importFrameworkFile, type FileImport } from '../../../shared/import/import-framework';

export interface ImportRequest {
  requestId: number;
  fileName: string;
  bytes: Uint8Array;
  encoding?: string | undefined;
  sheet?: string | undefined;
  /** The version of the same framework already here, found by the id the file gives. */
  previousVersions: readonly Framework[];
}

export interface VersionComparison {
  previous: Framework;
  identical: boolean;
  changes: VersionChanges;
}

export type ImportMessage = { requestId: number } & (
  | { type: 'progress'; fraction: number }
  | { type: 'done'; fileImport: FileImport; comparison: VersionComparison | undefined }
  | { type: 'failed'; message: string }
);

function send(message: ImportMessage): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { requestId, fileName, bytes, encoding, sheet, previousVersions } = event.data;
  try {
    let reported = 0;
    const fileImport = importFrameworkFile(fileName, bytes, {
      encoding,
      sheet,
      onProgress: (fraction) => {
        // A message per row would cost more than the parsing: one per 2 % is plenty for a bar.
        if (fraction - reported < 0.02) return;
        reported = fraction;
        send({ requestId, type: 'progress', fraction });
      },
    });
    const { result } = fileImport;
    const previous = result.ok ? previousVersions.find((framework) => framework.id === result.framework.id) : undefined;
    const comparison =
      result.ok && previous
        ? { previous, identical: isSameContent(previous, result.framework), changes: compareVersions(previous, result.framework) }
        : undefined;
    send({ requestId, type: 'done', fileImport, comparison });
  } catch (error) {
    send({ requestId, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
