/**
 * The document worker: lays out and writes a PDF off the main thread, so the window never freezes.
 * It stays up between documents and answers each request by its id, reporting its stage as it goes;
 * cancelling an export terminates it.
 */
import { pdf } from '@react-pdf/renderer';
import type { DocumentContent } from '../../shared/documents/document-content';
import { documentFor } from './document-for';
import { registerDocumentFonts } from './pdf-fonts';
import { errorMessage } from '../../shared/errors/error-message';

export type WorkerRequest = { requestId: number; content: DocumentContent };
export type WorkerMessage = { requestId: number } & (
  | { type: 'progress'; stage: 'preparing' | 'laying-out' | 'writing' }
  | { type: 'done'; bytes: ArrayBuffer }
  | { type: 'failed'; message: string }
);

function send(message: WorkerMessage, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { requestId, content } = event.data;
  void (async () => {
    try {
      send({ requestId, type: 'progress', stage: 'preparing' });
      registerDocumentFonts();
      const instance = pdf(documentFor(content));
      send({ requestId, type: 'progress', stage: 'laying-out' });
      const blob = await instance.toBlob();
      send({ requestId, type: 'progress', stage: 'writing' });
      const bytes = await blob.arrayBuffer();
      send({ requestId, type: 'done', bytes }, [bytes]);
    } catch (error) {
      send({ requestId, type: 'failed', message: errorMessage(error) });
    }
  })();
});
