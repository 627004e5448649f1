/**
 * Importing a framework: choose a file (or drop one on the window), read it in the import worker with
 * progress and a Cancel button, then see what it holds — which encoding and sheet were read, which
 * column fills which field, the first statements of each level — or every problem in it, and confirm.
 * Nothing is stored before the confirmation; cancelling or a rejected file changes nothing.
 */
import { useRef, useState } from 'react';
import { textEncodings } from '../../../shared/import/text-encodings';
import { bundledIdRefusal } from '../../../shared/import/bundled-ids';
import { describeProblem } from '../../../shared/import/import-result';
import { ConfirmActions } from '../../components/form-parts';
import { ModalDialog } from '../../components/modal-dialog';
import type { OpenedBytes } from '../../../shared/ipc/contract';
import { usePlatform } from '../../platform/platform-context';
import { useAppStore } from '../../store/app-store';
import type { CheckedFrameworkImport } from '../../store/framework-library-slice';
import { frameworkLandingRoute } from '../../store/selectors';
import { useOutsideRequest } from '../../store/use-outside-request';
import { FormatGuide } from './format-guide';
import { ImportPreview } from './import-preview';
import { ImportCancelled, readFrameworkFile, type FileRead } from './read-framework-file';

/** The file being imported and how it is being read (the person may pick another encoding or sheet). */
export interface ChosenFile {
  fileName: string;
  bytes: Uint8Array;
  encoding?: string | undefined;
  sheet?: string | undefined;
}

type Step =
  | { step: 'idle' }
  | { step: 'reading'; file: ChosenFile; fraction: number }
  | { step: 'read'; file: ChosenFile; read: FileRead }
  | { step: 'failed'; message: string };

export function ImportFramework() {
  const platform = usePlatform();
  const frameworks = useAppStore((state) => state.frameworks);
  const databaseName = useAppStore((state) => state.db?.name);
  const bundledFrameworks = useAppStore((state) => state.bundledFrameworks);
  const importFrameworkVersion = useAppStore((state) => state.importFrameworkVersion);
  const navigate = useAppStore((state) => state.navigate);
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const [status, setStatus] = useState('');
  const [guide, setGuide] = useState(false);
  const reading = useRef<AbortController | null>(null);

  function read(file: ChosenFile) {
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setStep({ step: 'reading', file, fraction: 0 });
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

  function open(opened: OpenedBytes) {
    setStatus('');
    if (opened.outcome === 'cancelled') return setStep({ step: 'idle' });
    if (opened.outcome === 'failed') return setStep({ step: 'failed', message: opened.message });
    read({ fileName: opened.fileName, bytes: opened.bytes });
  }

  async function choose() {
    open(await platform.openFileBytes('framework'));
  }

  // A file chosen here, dropped on the window, or asked for from the File menu: one preview for all.
  useOutsideRequest(['import-framework', 'framework-file'], (request) => {
    if (request.kind === 'framework-file') open(request.file);
    else void choose();
  });

  async function confirm(fileName: string, checked: CheckedFrameworkImport) {
    const outcome = await importFrameworkVersion(checked, fileName);
    // On a failed write the preview stays open; the save banner says what went wrong.
    if (outcome.outcome === 'failed') return;
    setStep({ step: 'idle' });
    if (outcome.outcome === 'identical') return setStatus(`${checked.header.name} is already here, identical: nothing was imported.`);
    setStatus(`${outcome.framework.name} (version ${outcome.framework.version}) was imported.`);
    navigate(frameworkLandingRoute(outcome.framework));
  }

  const close = () => {
    reading.current?.abort();
    setStep({ step: 'idle' });
  };
  const guideButton = (
    <button type="button" className="link-button" onClick={() => setGuide(true)}>
      Format guide
    </button>
  );

  return (
    <div className="import-framework">
      <button type="button" className="button-secondary" onClick={() => void choose()}>
        Import a framework…
      </button>{' '}
      {guideButton}
      <p role="status" className="hint">
        {status}
      </p>
      {guide ? <FormatGuide onClose={() => setGuide(false)} /> : null}
      {step.step === 'failed' ? (
        <ModalDialog title="The file could not be opened" onClose={close}>
          <p>{step.message}</p>
          <ConfirmActions label="Choose another file" onConfirm={() => void choose()} onCancel={close} cancelLabel="Close" />
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
          <ConfirmActions label="Choose another file" onConfirm={() => void choose()} onCancel={close} cancelLabel="Close" />
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
    </div>
  );
}

/** How the file was read — its encoding, or its sheet — with a choice of another. */
function ReadingChoices({ file, read, onChange }: { file: ChosenFile; read: FileRead; onChange: (file: ChosenFile) => void }) {
  const { encoding, sheets } = read.fileImport;
  const basis = encoding
    ? {
        'byte-order mark': 'its byte-order mark says so',
        'valid UTF-8': 'it is valid UTF-8',
        detected: 'detected',
        chosen: 'as you chose',
      }[encoding.basis]
    : '';
  return (
    <div className="import-reading">
      {encoding ? (
        <p>
          <label>
            Read as{' '}
            <select value={encoding.label} onChange={(event) => onChange({ ...file, encoding: event.target.value })}>
              {textEncodings.map((option) => (
                <option key={option.label} value={option.label}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>{' '}
          <span className="hint">
            ({basis}). If letters look wrong below (“Ã©” for “é”, or odd symbols), pick the encoding the file was saved in.
          </span>
        </p>
      ) : null}
      {sheets && sheets.names.length > 1 ? (
        <p>
          <label>
            Sheet{' '}
            <select value={sheets.chosen} onChange={(event) => onChange({ ...file, sheet: event.target.value })}>
              {sheets.names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>{' '}
          <span className="hint">
            The workbook has {sheets.names.length} sheets. Waymark reads the first whose header row has its columns, unless you pick
            another.
          </span>
        </p>
      ) : null}
    </div>
  );
}
