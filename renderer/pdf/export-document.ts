/**
 * Making a document from the main thread. One worker stays ready between exports (its fonts and code
 * already loaded, which saves about half a second each time); cancelling terminates it at once, and
 * the next export starts a fresh one. A screen that offers documents starts it and loads its fonts
 * when it opens (prepareDocuments), so that even the first export of a session does not wait for them.
 */
import type { DocumentFormat, DocumentOrder } from '../../shared/documents/document-order';
import { KeptWorker } from '../platform/worker-request';
import type { WorkerMessage, WorkerRequest } from './document-worker';

export type ExportStage = Extract<WorkerMessage, { type: 'progress' }>['stage'];

export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

const documentWorker = new KeptWorker(() => {
  const started = new Worker(new URL('./document-worker.ts', import.meta.url), { type: 'module', name: 'waymark-documents' });
  started.postMessage({ type: 'prepare', appBase: document.baseURI } satisfies WorkerRequest);
  return started;
});

/** Starts the document worker and its font loading, if not yet started: called when a screen with exports opens. */
export function prepareDocuments(): void {
  documentWorker.get();
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
  return documentWorker
    .request<{ stage: ExportStage }, { bytes: ArrayBuffer; missing: string[] }>(
      (requestId) =>
        ({ type: 'make', requestId, order, format: options.format ?? 'pdf', appBase: document.baseURI }) satisfies WorkerRequest,
      {
        signal: options.signal,
        onProgress: (progress) => options.onProgress?.(progress.stage),
        cancelled: () => new ExportCancelled(),
        failure: (reason) => new Error(`The document could not be made: ${reason}`),
        crashReason: 'the document worker stopped',
      },
    )
    .then(({ bytes, missing }) => ({ bytes: new Uint8Array(bytes), missing }));
}
