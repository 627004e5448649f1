/**
 * One export at a time: gather what goes in the document, build and make it in the worker (with
 * progress, cancellable), then save it through the platform. Every ending is reported in words.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentFormat, DocumentOrder } from '../../../shared/documents/document-order';
import { buildDocument, ExportCancelled, prepareDocuments, type ExportStage } from '../../pdf/export-document';
import { missingGlyphsNote } from '../../pdf/missing-glyphs';
import { usePlatform } from '../../platform/platform-context';
import { errorMessage } from '../../../shared/errors/error-message';

export type ExportState =
  | { status: 'idle' }
  | { status: 'working'; what: string; stage: ExportStage | 'gathering' }
  /** `note`: what the person should know about the saved document (characters left out). */
  | { status: 'saved'; what: string; location: string; note?: string | undefined }
  | { status: 'cancelled'; what: string }
  | { status: 'failed'; what: string; message: string };

export function useDocumentExport() {
  const platform = usePlatform();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // A screen that offers documents readies the worker and its fonts as it opens, so the first export does not wait for them.
  useEffect(prepareDocuments, []);

  const run = useCallback(
    async (what: string, fileName: string, makeOrder: () => Promise<DocumentOrder>, format: DocumentFormat = 'pdf') => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'working', what, stage: 'gathering' });
      try {
        const { bytes, missing } = await buildDocument(await makeOrder(), {
          format,
          signal: abort.signal,
          onProgress: (stage) => setState({ status: 'working', what, stage }),
        });
        if (abort.signal.aborted) throw new ExportCancelled();
        const outcome = await platform.saveFile(fileName, format, bytes);
        if (outcome.outcome === 'saved') setState({ status: 'saved', what, location: outcome.location, note: missingGlyphsNote(missing) });
        else if (outcome.outcome === 'cancelled') setState({ status: 'cancelled', what });
        else setState({ status: 'failed', what, message: outcome.message });
      } catch (error) {
        if (error instanceof ExportCancelled) setState({ status: 'cancelled', what });
        else setState({ status: 'failed', what, message: errorMessage(error) });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [platform],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, run, cancel };
}
