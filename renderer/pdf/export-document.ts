/**
 * Making a document from the main thread. One worker stays ready between exports (its fonts and code
 * already loaded, which saves about half a second each time); cancelling terminates it at once, and
 * the next export starts a fresh one. A screen that offers documents starts it and loads its fonts
 * when it opens (prepareDocuments), so that even the first export of a session does not wait for them.
 */
import type { DocumentFormat, DocumentOrder } from '../../shared/documents/document-order';
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
  if (worker) return worker;
  worker = new Worker(new URL('./document-worker.ts', import.meta.url), { type: 'module', name: 'waymark-documents' });
  worker.postMessage({ type: 'prepare', appBase: document.baseURI } satisfies WorkerRequest);
  return worker;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

/** Starts the document worker and its font loading, if not yet started: called when a screen with exports opens. */
export function prepareDocuments(): void {
  documentWorker();
}

export interface BuiltDocument {
  bytes: Uint8Array<ArrayBuffer>;
  /** Characters no bundled font has, left out of the PDF. */
  missing: string[];
}

/** The document an order asks for, made in the worker: a PDF, or the text of a text format. */
export function buildDocument(
  order: DocumentOrder,
  options: { format?: DocumentFormat; onProgress?: (stage: ExportStage) => void; signal?: AbortSignal } = {},
): Promise<BuiltDocument> {
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
        resolve({ bytes: new Uint8Array(message.bytes), missing: message.missing });
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
    active.postMessage({
      type: 'make',
      requestId,
      order,
      format: options.format ?? 'pdf',
      appBase: document.baseURI,
    } satisfies WorkerRequest);
  });
}
