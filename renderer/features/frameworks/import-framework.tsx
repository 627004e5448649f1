/**
 * Importing a framework, as the sidebar holds it: choose a file (or drop one on the window, or use the
 * File menu), the format guide, and what the last import did. The dialogs that read the file, show what
 * it holds and store it, and the guide, load the first time one opens (lazy-import-dialogs.ts); what
 * is here is in the window's first script, so a file dropped before then is still taken.
 */
import { useState } from 'react';
import type { OpenedBytes } from '../../../shared/ipc/contract';
import { PartBoundary } from '../../components/part-boundary';
import { usePlatform } from '../../platform/platform-context';
import { useOutsideRequest } from '../../store/use-outside-request';
import type { FileToOpen } from './import-dialog';
import { FormatGuide, ImportDialog } from './lazy-import-dialogs';

export function ImportFramework() {
  const platform = usePlatform();
  const [toOpen, setToOpen] = useState<FileToOpen | null>(null);
  const [status, setStatus] = useState('');
  const [guide, setGuide] = useState(false);
  // Each opening of the guide draws it afresh, even after it broke.
  const [guideOpened, setGuideOpened] = useState(0);
  const showGuide = () => {
    setGuide(true);
    setGuideOpened((count) => count + 1);
  };
  // Each file asked for draws the dialog afresh, even after the last one broke.
  const [asked, setAsked] = useState(0);

  function open(opened: OpenedBytes) {
    // A closed picker changes nothing: a file being read or shown stays, and no dialog is loaded for it.
    if (opened.outcome === 'cancelled') return;
    setStatus('');
    setAsked((count) => count + 1);
    setToOpen({ opened });
  }

  async function choose() {
    open(await platform.openFileBytes('framework'));
  }

  // A file chosen here, dropped on the window, or asked for from the File menu: one preview for all.
  useOutsideRequest(['import-framework', 'framework-file'], (request) => {
    if (request.kind === 'framework-file') open(request.file);
    else void choose();
  });

  return (
    <div className="import-framework">
      <button type="button" className="button-secondary" onClick={() => void choose()}>
        Import a framework…
      </button>{' '}
      <button type="button" className="link-button" onClick={showGuide}>
        Format guide
      </button>
      <p role="status" className="hint">
        {status}
      </p>
      <PartBoundary what="The format guide" resetKey={String(guideOpened)}>
        {guide ? <FormatGuide onClose={() => setGuide(false)} /> : null}
      </PartBoundary>
      <PartBoundary what="The import" resetKey={String(asked)}>
        {toOpen ? (
          <ImportDialog key={asked} toOpen={toOpen} onChoose={() => void choose()} onShowGuide={showGuide} onImported={setStatus} />
        ) : null}
      </PartBoundary>
    </div>
  );
}
