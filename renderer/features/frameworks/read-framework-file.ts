/**
 * Reading a framework file from the main thread: the work happens in the import worker (which also
 * keeps the YAML, CSV, workbook and encoding libraries out of the window's first script). Cancelling
 * terminates the worker at once; the next import starts a fresh one.
 */
import type { Framework } from '../../../shared/framework/schema';
import type { FileImport } from '../../../shared/import/import-framework';
import { KeptWorker } from '../../platform/worker-request';
import type { ImportRequest, VersionComparison } from './import-worker';

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

export interface FileRead {
  fileImport: FileImport;
  comparison: VersionComparison | undefined;
}

const importWorker = new KeptWorker(
  () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'waymark-import' }),
);

export function readFrameworkFile(
  file: { fileName: string; bytes: Uint8Array; encoding?: string | undefined; sheet?: string | undefined },
  previousVersions: readonly Framework[],
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<FileRead> {
  return importWorker
    .request<{ fraction: number }, FileRead>((requestId) => ({ requestId, ...file, previousVersions }) satisfies ImportRequest, {
      signal: options.signal,
      onProgress: (progress) => options.onProgress?.(progress.fraction),
      cancelled: () => new ImportCancelled(),
      failure: (reason) => new Error(`${file.fileName} could not be read: ${reason}`),
      crashReason: 'the import stopped',
    })
    .then(({ fileImport, comparison }) => ({ fileImport, comparison }));
}
