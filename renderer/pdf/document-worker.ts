/**
 * The document worker: lays out and writes a PDF off the main thread, so the window never freezes.
 * It stays up between documents and answers each request by its id, reporting its stage as it goes;
 * cancelling an export terminates it.
 */
import { pdf } from '@react-pdf/renderer';
import type { DocumentContent } from '../../shared/documents/document-content';
import { bundledFontFiles } from './bundled-fonts';
import { makePdf } from './make-document';
import { registerDocumentFonts } from './pdf-fonts';
import { errorMessage } from '../../shared/errors/error-message';

/** `appBase`: the address of the app's page, where its fonts and emoji images are (the worker's own address is a script's). */
export type WorkerRequest = { requestId: number; content: DocumentContent; appBase: string };
export type WorkerMessage = { requestId: number } & (
  | { type: 'progress'; stage: 'preparing' | 'laying-out' | 'writing' }
  | { type: 'done'; bytes: ArrayBuffer }
  | { type: 'failed'; message: string }
);

function send(message: WorkerMessage, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { requestId, content, appBase } = event.data;
  void (async () => {
    try {
      send({ requestId, type: 'progress', stage: 'preparing' });
      registerDocumentFonts(bundledFontFiles(appBase));
      send({ requestId, type: 'progress', stage: 'laying-out' });
      const made = await makePdf(content, async (document) => new Uint8Array(await (await pdf(document).toBlob()).arrayBuffer()));
      send({ requestId, type: 'progress', stage: 'writing' });
      const bytes = new Uint8Array(made).buffer;
      send({ requestId, type: 'done', bytes }, [bytes]);
    } catch (error) {
      send({ requestId, type: 'failed', message: errorMessage(error) });
    }
  })();
});
