/**
 * The document worker: builds a document's content, lays it out and writes it off the main thread, so
 * the window never freezes. It stays up between documents and answers each request by its id,
 * reporting its stage as it goes; cancelling an export terminates it. A "prepare" request loads the
 * fonts ahead of the first export (see prepareDocuments).
 */
import { pdf } from '@react-pdf/renderer';
import { documentText, orderedContent, type DocumentFormat, type DocumentOrder } from '../../shared/documents/document-order';
import { formatDate } from '../../shared/dates/local-date';
import { bundledFontFiles } from './bundled-fonts';
import { makePdf, type MadePdf } from './make-document';
import { documentFontFamily, loadFonts, registerDocumentFonts } from './pdf-fonts';
import { errorMessage } from '../../shared/errors/error-message';

/** `appBase`: the address of the app's page, where its fonts and emoji images are (the worker's own address is a script's). */
export type WorkerRequest =
  { type: 'make'; requestId: number; order: DocumentOrder; format: DocumentFormat; appBase: string } | { type: 'prepare'; appBase: string };
export type WorkerMessage = { requestId: number } & (
  | { type: 'progress'; stage: 'preparing' | 'laying-out' | 'writing' }
  /** `missing`: characters no bundled font has, left out of the PDF; the export names them. */
  | { type: 'done'; bytes: ArrayBuffer; missing: string[] }
  | { type: 'failed'; message: string }
);

function send(message: WorkerMessage, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

async function make(request: Extract<WorkerRequest, { type: 'make' }>): Promise<MadePdf> {
  const { requestId, order, format, appBase } = request;
  send({ requestId, type: 'progress', stage: 'preparing' });
  // Built here with this thread's date format, which is the window's: a worker shares its locale.
  const content = orderedContent(order, formatDate);
  if (!content) throw new Error('there is nothing to put in it yet');
  if (format !== 'pdf') return { bytes: new TextEncoder().encode(documentText(content, format)), missing: [] };
  registerDocumentFonts(bundledFontFiles(appBase));
  send({ requestId, type: 'progress', stage: 'laying-out' });
  const made = await makePdf(content, async (document) => new Uint8Array(await (await pdf(document).toBlob()).arrayBuffer()));
  send({ requestId, type: 'progress', stage: 'writing' });
  return made;
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'prepare') {
    registerDocumentFonts(bundledFontFiles(request.appBase));
    // A font that fails to load here fails again, with its message, in the export that needs it.
    loadFonts([documentFontFamily]).catch(() => undefined);
    return;
  }
  void make(request).then(
    ({ bytes: made, missing }) => {
      const bytes = new Uint8Array(made).buffer;
      send({ requestId: request.requestId, type: 'done', bytes, missing }, [bytes]);
    },
    (error: unknown) => send({ requestId: request.requestId, type: 'failed', message: errorMessage(error) }),
  );
});
