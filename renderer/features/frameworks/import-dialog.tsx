/**
 * The import's dialogs: read the chosen file in the import worker with progress and a Cancel button,
 * then show what it holds — which encoding and sheet were read, which column fills which field, the
 * first statements of each level — or every problem in it, and store it once confirmed. Nothing is
 * stored before the confirmation; cancelling or a rejected file changes nothing.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { bundledIdRefusal } from '../../../shared/import/bundled-ids';
import { describeProblem } from '../../../shared/import/import-result';
import type { OpenedBytes } from '../../../shared/ipc/contract';
import { ConfirmActions } from '../../components/form-parts';
import { ModalDialog } from '../../components/modal-dialog';
import { useAppStore } from '../../store/app-store';
import type { CheckedFrameworkImport } from '../../store/framework-library-slice';
import { frameworkLandingRoute } from '../../store/selectors';
import { ImportPreview } from './import-preview';
import { ReadingChoices } from './reading-choices';
import { ImportCancelled, readFrameworkFile, type ChosenFile, type FileRead } from './read-framework-file';

/** A file chosen or dropped: a new object each time (even for the same file again), each opened once. */
export interface FileToOpen {
  opened: OpenedBytes;
}

interface Props {
  /**
   * The file chosen or dropped (the sidebar takes them, as it is there before this code is loaded). The
   * dialog is drawn afresh for each: give it a new `key` with each file.
   */
  toOpen: FileToOpen;
  /** Opens the file picker again: a file chosen comes back as a new `toOpen`; a closed picker sends nothing. */
  onChoose: () => void;
  onShowGuide: () => void;
  /** What the sidebar's status line says after an import. */
  onImported: (status: string) => void;
}

type Step =
  | { step: 'idle' }
  | { step: 'reading'; file: ChosenFile; fraction: number }
  | { step: 'read'; file: ChosenFile; read: FileRead }
  | { step: 'failed'; message: string };

/** What the dialog shows first for the file it was drawn for. */
function firstStep(opened: OpenedBytes): Step {
  if (opened.outcome === 'failed') return { step: 'failed', message: opened.message };
  // (The sidebar never passes on a closed picker: whatever was open stays as it was.)
  if (opened.outcome === 'cancelled') return { step: 'idle' };
  return { step: 'reading', file: { fileName: opened.fileName, bytes: opened.bytes }, fraction: 0 };
}

export function ImportDialog({ toOpen, onChoose, onShowGuide, onImported }: Props) {
  const frameworks = useAppStore((state) => state.frameworks);
  const databaseName = useAppStore((state) => state.db?.name);
  const bundledFrameworks = useAppStore((state) => state.bundledFrameworks);
  const importFrameworkVersion = useAppStore((state) => state.importFrameworkVersion);
  const navigate = useAppStore((state) => state.navigate);
  const [step, setStep] = useState<Step>(() => firstStep(toOpen.opened));
  const reading = useRef<AbortController | null>(null);

  /** Reads the file again (another encoding or sheet chosen). */
  function read(file: ChosenFile) {
    setStep({ step: 'reading', file, fraction: 0 });
    startReading(file);
  }

  /** Reads the file in the import worker; what it finds, or why it could not, becomes the next step. */
  function startReading(file: ChosenFile) {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    readFrameworkFile(
      file,
      { bundled: bundledFrameworks, offered: frameworks, databaseName },
      {
        signal: controller.signal,
        onProgress: (fraction) => setStep((current) => (current.step === 'reading' ? { ...current, fraction } : current)),
      },
    ).then(
      (result) => {
        if (!controller.signal.aborted) setStep({ step: 'read', file, read: withBundledIdRefusal(result) });
      },
      (error: unknown) => {
        if (error instanceof ImportCancelled) return;
        setStep({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }

  /** A file that takes a bundled framework's id is refused (unless it is that very framework, unchanged). */
  function withBundledIdRefusal(result: FileRead): FileRead {
    const { result: imported } = result.fileImport;
    if (!imported.ok || result.comparison?.identical) return result;
    const refusal = bundledIdRefusal(
      imported.preview.framework,
      bundledFrameworks,
      frameworks.map((framework) => framework.id),
    );
    return refusal ? { ...result, fileImport: { ...result.fileImport, result: { ok: false, problems: [{ message: refusal }] } } } : result;
  }

  const startFirstRead = useEffectEvent(() => {
    if (toOpen.opened.outcome === 'opened') startReading({ fileName: toOpen.opened.fileName, bytes: toOpen.opened.bytes });
  });

  // The file this dialog was drawn for (each file chosen or dropped draws the dialog afresh: its `key`),
  // read once; taken away (closed by a new file, or the import broke and its message took its place),
  // the read is let go. (In development, StrictMode's rehearsal of a remount reads it twice, the first
  // read stopped.)
  useEffect(() => {
    startFirstRead();
    return () => reading.current?.abort();
  }, []);

  async function confirm(fileName: string, checked: CheckedFrameworkImport) {
    const outcome = await importFrameworkVersion(checked, fileName);
    // On a failed write the preview stays open; the save banner says what went wrong.
    if (outcome.outcome === 'failed') return;
    setStep({ step: 'idle' });
    if (outcome.outcome === 'identical') return onImported(`${checked.header.name} is already here, identical: nothing was imported.`);
    onImported(`${outcome.framework.name} (version ${outcome.framework.version}) was imported.`);
    navigate(frameworkLandingRoute(outcome.framework));
  }

  const close = () => {
    reading.current?.abort();
    setStep({ step: 'idle' });
  };

  const guideButton = (
    <button type="button" className="link-button" onClick={onShowGuide}>
      Format guide
    </button>
  );

  return (
    <>
      {step.step === 'failed' ? (
        <ModalDialog title="The file could not be opened" onClose={close}>
          <p>{step.message}</p>
          <ConfirmActions label="Choose another file" onConfirm={onChoose} onCancel={close} cancelLabel="Close" />
        </ModalDialog>
      ) : null}
      {step.step === 'reading' ? (
        <ModalDialog title={`Reading ${step.file.fileName}…`} onClose={close}>
          <progress className="import-progress" max={1} value={step.fraction} aria-label={`Reading ${step.file.fileName}`} />
          <p className="hint">Nothing is stored until you have seen what the file holds and confirmed.</p>
          <div className="dialog-actions">
            <button type="button" className="button-secondary" onClick={close} data-autofocus>
              Cancel
            </button>
          </div>
        </ModalDialog>
      ) : null}
      {step.step === 'read' && !step.read.fileImport.result.ok ? (
        <ModalDialog title={`${step.file.fileName} could not be imported`} onClose={close} wide>
          <ReadingChoices file={step.file} read={step.read} onChange={read} />
          <p>
            Nothing was imported.{' '}
            {step.read.fileImport.result.problems.length === 1
              ? 'Correct this problem'
              : `Correct these ${step.read.fileImport.result.problems.length} problems`}{' '}
            in the file, then import it again ({guideButton} describes the format):
          </p>
          <ul className="import-problems">
            {step.read.fileImport.result.problems.map((problem, index) => (
              <li key={index}>
                <code>{describeProblem(step.file.fileName, problem)}</code>
              </li>
            ))}
          </ul>
          <ConfirmActions label="Choose another file" onConfirm={onChoose} onCancel={close} cancelLabel="Close" />
        </ModalDialog>
      ) : null}
      {step.step === 'read' && step.read.fileImport.result.ok ? (
        <ModalDialog title={`Import ${step.read.fileImport.result.preview.framework.name}?`} onClose={close} wide>
          <ReadingChoices file={step.file} read={step.read} onChange={read} />
          <ImportPreview fileName={step.file.fileName} result={step.read.fileImport.result} comparison={step.read.comparison} />
          <div className="dialog-actions">
            {step.read.comparison?.identical ? null : (
              <button
                type="button"
                onClick={() => {
                  if (step.read.checked) void confirm(step.file.fileName, step.read.checked);
                }}
              >
                {step.read.comparison ? 'Import as a new version' : 'Import'}
              </button>
            )}
            <button type="button" className="button-secondary" onClick={close} data-autofocus>
              Cancel
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </>
  );
}
