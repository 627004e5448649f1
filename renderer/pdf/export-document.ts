/**
 * Making a document from the main thread. One worker stays ready between exports (its fonts and code
 * already loaded, which saves about half a second each time); cancelling terminates it at once, and
 * the next export starts a fresh one.
 */
import type { DocumentContent } from '../../shared/documents/document-content';
import type { WorkerMessage, WorkerRequest } from './document-worker';

export type ExportStage = Extract<WorkerMessage, { type: 'progress' }>['stage'];

export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

let worker: Worker | null = null;
let nextRequestId = 1;

function documentWorker(): Worker {
  worker ??= new Worker(new URL('./document-worker.ts', import.meta.url), { type: 'module', name: 'waymark-documents' });
  return worker;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

export function buildDocument(
  content: DocumentContent,
  options: { onProgress?: (stage: ExportStage) => void; signal?: AbortSignal } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ExportCancelled());
    const requestId = nextRequestId++;
    const active = documentWorker();
    const finish = () => {
      active.removeEventListener('message', onMessage);
      active.removeEventListener('error', onError);
      options.signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      stopWorker();
      reject(new ExportCancelled());
    };
    const onMessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.requestId !== requestId) return;
      if (message.type === 'progress') options.onProgress?.(message.stage);
      else if (message.type === 'done') {
        finish();
        resolve(new Uint8Array(message.bytes));
      } else {
        finish();
        reject(new Error(`The document could not be made: ${message.message}`));
      }
    };
    const onError = (event: ErrorEvent) => {
      finish();
      stopWorker();
      reject(new Error(`The document could not be made: ${event.message || 'the document worker stopped'}.`));
    };
    options.signal?.addEventListener('abort', cancel, { once: true });
    active.addEventListener('message', onMessage);
    active.addEventListener('error', onError);
    active.postMessage({ requestId, content, appBase: document.baseURI } satisfies WorkerRequest);
  });
}
