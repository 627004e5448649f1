/**
 * Importing a framework: choose a file, see what it holds (or every problem in it), then confirm.
 * Nothing is stored before the confirmation; cancelling or a rejected file changes nothing.
 */
import { useState } from 'react';
import { compareVersions, isSameFramework, type VersionChanges } from '../../../shared/import/framework-versions';
import { describeProblem, type ImportProblem } from '../../../shared/import/import-result';
import { importFramework } from '../../../shared/import/import-framework';
import { bundledIdRefusal } from '../../../shared/import/bundled-ids';
import type { Framework } from '../../../shared/framework/schema';
import { ConfirmActions } from '../../components/form-parts';
import { ModalDialog } from '../../components/modal-dialog';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { useOutsideRequest } from '../../store/use-outside-request';
import { usePlatform } from '../../platform/platform-context';
import { useAppStore } from '../../store/app-store';
import { frameworkLandingRoute } from '../../store/selectors';
import { FrameworkSummary } from './framework-summary';

type Step =
  | { step: 'idle' }
  | { step: 'problems'; fileName: string; problems: ImportProblem[] }
  | { step: 'failed'; message: string }
  | {
      step: 'preview';
      fileName: string;
      framework: Framework;
      notices: string[];
      previous: Framework | undefined;
      changes: VersionChanges | undefined;
    };

export function ImportFramework() {
  const platform = usePlatform();
  const frameworks = useAppStore((state) => state.frameworks);
  const bundledFrameworks = useAppStore((state) => state.bundledFrameworks);
  const importFrameworkVersion = useAppStore((state) => state.importFrameworkVersion);
  const navigate = useAppStore((state) => state.navigate);
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const [status, setStatus] = useState('');

  async function choose() {
    await preview(await platform.openFile('framework'));
  }

  async function preview(opened: OpenedFile) {
    setStatus('');
    if (opened.outcome === 'cancelled') return setStep({ step: 'idle' });
    if (opened.outcome === 'failed') return setStep({ step: 'failed', message: opened.message });
    const result = importFramework(opened.fileName, opened.text);
    if (!result.ok) return setStep({ step: 'problems', fileName: opened.fileName, problems: result.problems });
    const previous = frameworks.find((framework) => framework.id === result.framework.id);
    const refusal =
      previous && isSameFramework(previous, result.framework)
        ? undefined
        : bundledIdRefusal(
            result.framework,
            bundledFrameworks,
            frameworks.map((framework) => framework.id),
          );
    if (refusal) return setStep({ step: 'problems', fileName: opened.fileName, problems: [{ message: refusal }] });
    setStep({
      step: 'preview',
      fileName: opened.fileName,
      framework: result.framework,
      notices: result.notices,
      previous,
      changes: previous ? compareVersions(previous, result.framework) : undefined,
    });
  }

  // A file chosen here, dropped on the window, or asked for from the File menu: one preview for all.
  useOutsideRequest(['import-framework', 'framework-file'], (request) => {
    if (request.kind === 'framework-file') void preview(request.file);
    else void choose();
  });

  async function confirm(fileName: string, framework: Framework) {
    const outcome = await importFrameworkVersion(framework, fileName);
    // On a failed write the preview stays open; the save banner says what went wrong.
    if (outcome.outcome === 'failed') return;
    setStep({ step: 'idle' });
    if (outcome.outcome === 'identical') return setStatus(`${framework.name} is already here, identical: nothing was imported.`);
    setStatus(`${outcome.framework.name} (version ${outcome.framework.version}) was imported.`);
    navigate(frameworkLandingRoute(outcome.framework));
  }

  const close = () => setStep({ step: 'idle' });
  return (
    <div className="import-framework">
      <button type="button" className="button-secondary" onClick={() => void choose()}>
        Import a framework…
      </button>
      <p role="status" className="hint">
        {status}
      </p>
      {step.step === 'failed' ? (
        <ModalDialog title="The file could not be opened" onClose={close}>
          <p>{step.message}</p>
          <ConfirmActions label="Choose another file" onConfirm={() => void choose()} onCancel={close} cancelLabel="Close" />
        </ModalDialog>
      ) : null}
      {step.step === 'problems' ? (
        <ModalDialog title={`${step.fileName} could not be imported`} onClose={close} wide>
          <p>
            Nothing was imported. Correct {step.problems.length === 1 ? 'this problem' : `these ${step.problems.length} problems`} in the
            file, then import it again (see docs/framework-format.md for the format):
          </p>
          <ul className="import-problems">
            {step.problems.map((problem, index) => (
              <li key={index}>
                <code>{describeProblem(step.fileName, problem)}</code>
              </li>
            ))}
          </ul>
          <ConfirmActions label="Choose another file" onConfirm={() => void choose()} onCancel={close} cancelLabel="Close" />
        </ModalDialog>
      ) : null}
      {step.step === 'preview' ? (
        <ModalDialog title={`Import ${step.framework.name}?`} onClose={close} wide>
          <ImportPreview {...step} />
          <div className="dialog-actions">
            {step.previous && isSameFramework(step.previous, step.framework) ? null : (
              <button type="button" onClick={() => void confirm(step.fileName, step.framework)}>
                {step.previous ? 'Import as a new version' : 'Import'}
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

function ImportPreview({ fileName, framework, notices, previous, changes }: Extract<Step, { step: 'preview' }>) {
  const identical = previous !== undefined && isSameFramework(previous, framework);
  return (
    <div className="import-preview">
      <p>
        From <code>{fileName}</code>: <strong>{framework.name}</strong>, version {framework.version} (id <code>{framework.id}</code>).
      </p>
      {identical ? (
        <p className="notice">This is identical to the framework already here: there is nothing to import.</p>
      ) : previous && changes ? (
        <p className="notice notice-caution">
          A new version of {previous.name} (now version {previous.version}): {changes.unchanged.length} statements unchanged,{' '}
          {changes.reworded.length} reworded, {changes.removed.length} removed, {changes.added.length} added. Ratings on unchanged
          statements carry over; ratings on reworded or removed ones are kept and marked “wording changed — re-check”. Snapshots keep the
          version they were taken with.
        </p>
      ) : (
        <p>A new framework: it will sit beside the bundled ones.</p>
      )}
      <FrameworkSummary framework={framework} />
      {notices.length > 0 ? (
        <ul className="notes">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
