/**
 * One export at a time: build the content, make the PDF in the worker (with progress, cancellable),
 * then save it through the platform. Every ending is reported in words.
 */
import { useCallback, useRef, useState } from 'react';
import type { DocumentContent } from '../../../shared/documents/document-content';
import { buildDocument, ExportCancelled, type ExportStage } from '../../pdf/export-document';
import { usePlatform } from '../../platform/platform-context';
import { errorMessage } from '../../../shared/errors/error-message';

export type ExportState =
  | { status: 'idle' }
  | { status: 'working'; what: string; stage: ExportStage | 'gathering' }
  | { status: 'saved'; what: string; location: string }
  | { status: 'cancelled'; what: string }
  | { status: 'failed'; what: string; message: string };

export function useDocumentExport() {
  const platform = usePlatform();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async (what: string, fileName: string, makeContent: () => Promise<DocumentContent | undefined>) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'working', what, stage: 'gathering' });
      try {
        const content = await makeContent();
        if (!content) throw new Error('there is nothing to put in it yet');
        const bytes = await buildDocument(content, {
          signal: abort.signal,
          onProgress: (stage) => setState({ status: 'working', what, stage }),
        });
        if (abort.signal.aborted) throw new ExportCancelled();
        const outcome = await platform.saveFile(fileName, 'pdf', bytes);
        if (outcome.outcome === 'saved') setState({ status: 'saved', what, location: outcome.location });
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

  /** A text document (Markdown): made here at once, then saved like a PDF. */
  const runText = useCallback(
    async (what: string, fileName: string, makeText: () => Promise<string>) => {
      setState({ status: 'working', what, stage: 'gathering' });
      try {
        const bytes = new Uint8Array(new TextEncoder().encode(await makeText()));
        const outcome = await platform.saveFile(fileName, 'md', bytes);
        if (outcome.outcome === 'saved') setState({ status: 'saved', what, location: outcome.location });
        else if (outcome.outcome === 'cancelled') setState({ status: 'cancelled', what });
        else setState({ status: 'failed', what, message: outcome.message });
      } catch (error) {
        setState({ status: 'failed', what, message: errorMessage(error) });
      }
    },
    [platform],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, run, runText, cancel };
}
