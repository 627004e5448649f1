/**
 * Reading a framework file from the main thread: the work happens in the import worker (which also
 * keeps the YAML, CSV, workbook and encoding libraries out of the window's first script). Cancelling
 * terminates the worker at once; the next import starts a fresh one.
 */
import type { Framework } from '../../../shared/framework/schema';
import type { FileImport } from '../../../shared/import/import-framework';
import type { ImportMessage, ImportRequest, VersionComparison } from './import-worker';

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

let worker: Worker | null = null;
let nextRequestId = 1;

function importWorker(): Worker {
  worker ??= new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'waymark-import' });
  return worker;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

export function readFrameworkFile(
  file: { fileName: string; bytes: Uint8Array; encoding?: string | undefined; sheet?: string | undefined },
  previousVersions: readonly Framework[],
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<FileRead> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ImportCancelled());
    const requestId = nextRequestId++;
    const active = importWorker();
    const finish = () => {
      active.removeEventListener('message', onMessage);
      active.removeEventListener('error', onError);
      options.signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      stopWorker();
      reject(new ImportCancelled());
    };
    const onMessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.requestId !== requestId) return;
      if (message.type === 'progress') options.onProgress?.(message.fraction);
      else if (message.type === 'done') {
        finish();
        resolve({ fileImport: message.fileImport, comparison: message.comparison });
      } else {
        finish();
        reject(new Error(`${file.fileName} could not be read: ${message.message}`));
      }
    };
    const onError = (event: ErrorEvent) => {
      finish();
      stopWorker();
      reject(new Error(`${file.fileName} could not be read: ${event.message || 'the import stopped'}.`));
    };
    options.signal?.addEventListener('abort', cancel, { once: true });
    active.addEventListener('message', onMessage);
    active.addEventListener('error', onError);
    active.postMessage({ requestId, ...file, previousVersions } satisfies ImportRequest);
  });
}
