/**
 * Making a document from the main thread: a fresh worker per export, its progress reported, and a
 * cancel that stops it at once.
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

export function buildDocument(
  content: DocumentContent,
  options: { onProgress?: (stage: ExportStage) => void; signal?: AbortSignal } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ExportCancelled());
    const worker = new Worker(new URL('./document-worker.ts', import.meta.url), { type: 'module', name: 'waymark-documents' });
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new ExportCancelled());
    };
    options.signal?.addEventListener('abort', cancel, { once: true });
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress?.(message.stage);
      else if (message.type === 'done') {
        finish();
        resolve(new Uint8Array(message.bytes));
      } else {
        finish();
        reject(new Error(`The document could not be made: ${message.message}`));
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(new Error(`The document could not be made: ${event.message || 'the document worker stopped'}.`));
    });
    worker.postMessage({ content } satisfies WorkerRequest);
  });
}
