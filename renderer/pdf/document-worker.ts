/**
 * The document worker: lays out and writes a PDF off the main thread, so the window never freezes.
 * It reports its stage as it goes; cancelling an export terminates it.
 */
import { pdf } from '@react-pdf/renderer';
import type { DocumentContent } from '../../shared/documents/document-content';
import { documentFor } from './document-for';
import { registerDocumentFonts } from './pdf-fonts';

export type WorkerRequest = { content: DocumentContent };
export type WorkerMessage =
  | { type: 'progress'; stage: 'preparing' | 'laying-out' | 'writing' }
  | { type: 'done'; bytes: ArrayBuffer }
  | { type: 'failed'; message: string };

function send(message: WorkerMessage, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void (async () => {
    try {
      send({ type: 'progress', stage: 'preparing' });
      registerDocumentFonts();
      const instance = pdf(documentFor(event.data.content));
      send({ type: 'progress', stage: 'laying-out' });
      const blob = await instance.toBlob();
      send({ type: 'progress', stage: 'writing' });
      const bytes = await blob.arrayBuffer();
      send({ type: 'done', bytes }, [bytes]);
    } catch (error) {
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
