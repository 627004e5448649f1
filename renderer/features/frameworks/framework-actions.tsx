/**
 * What can be done with a framework as a whole: export it (JSON, or CSV for a career map) and, for an
 * imported one, remove it after a warning naming the people mapped against it.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Framework } from '../../../shared/framework/schema';
import type { SavedFileKind } from '../../../shared/ipc/contract';
import { ConfirmActions } from '../../components/form-parts';
import { ModalDialog } from '../../components/modal-dialog';
import { usePlatform } from '../../platform/platform-context';
import { useAppStore } from '../../store/app-store';
import { displayName } from '../../../shared/workspace/labels';
import { slugOf } from '../../../shared/import/slug';

export function FrameworkActions({ framework }: { framework: Framework }) {
  const platform = usePlatform();
  const imported = useAppStore((state) => state.importedFrameworks.some((entry) => entry.id === framework.id));
  const bundled = useAppStore((state) => state.bundledFrameworks.some((entry) => entry.id === framework.id));
  const [status, setStatus] = useState('');
  const [removing, setRemoving] = useState(false);

  async function exportAs(kind: Extract<SavedFileKind, 'json' | 'csv'>) {
    // Loaded on first use: the CSV writer need not weigh on the window's first script.
    const { frameworkToCsv, frameworkToJson } = await import('../../../shared/import/export-framework');
    const text = kind === 'json' || framework.kind !== 'career-map' ? frameworkToJson(framework) : frameworkToCsv(framework);
    const outcome = await platform.saveFile(`${slugOf(framework.name, framework.id)}.${kind}`, kind, new TextEncoder().encode(text));
    if (outcome.outcome === 'saved') setStatus(`Exported to ${outcome.location}.`);
    else if (outcome.outcome === 'failed') setStatus(outcome.message);
    else setStatus('');
  }

  return (
    <section className="framework-actions" aria-label="Framework file">
      <button type="button" className="button-secondary" onClick={() => void exportAs('json')}>
        Export as JSON
      </button>
      {framework.kind === 'career-map' ? (
        <button type="button" className="button-secondary" onClick={() => void exportAs('csv')}>
          Export as CSV
        </button>
      ) : null}
      {imported ? (
        <button type="button" className="button-danger" onClick={() => setRemoving(true)}>
          {bundled ? 'Remove imported versions…' : 'Remove framework…'}
        </button>
      ) : null}
      <span role="status" className="hint">
        {status}
      </span>
      {removing ? <RemoveFrameworkDialog framework={framework} bundled={bundled} onClose={() => setRemoving(false)} /> : null}
    </section>
  );
}

function RemoveFrameworkDialog({ framework, bundled, onClose }: { framework: Framework; bundled: boolean; onClose: () => void }) {
  const people = useAppStore(useShallow((state) => state.people.filter((person) => person.target?.frameworkId === framework.id)));
  const removeFramework = useAppStore((state) => state.removeFramework);
  const navigate = useAppStore((state) => state.navigate);

  async function remove() {
    if (!(await removeFramework(framework.id))) return;
    onClose();
    navigate({ view: 'home' });
  }

  return (
    <ModalDialog title={`Remove ${framework.name}?`} onClose={onClose}>
      <p>
        {bundled
          ? 'This removes every imported version; the version that ships with Waymark takes its place again.'
          : 'This removes the framework and every imported version of it from this computer.'}
      </p>
      {people.length > 0 ? (
        <div className="notice notice-caution">
          <p>
            {people.length === 1 ? '1 person is' : `${people.length} people are`} mapped against it:{' '}
            {people.map((person) => displayName(person)).join(', ')}. Their ratings, evidence and history are kept
            {bundled ? '' : ', but cannot be shown until the framework is imported again'}.
          </p>
        </div>
      ) : null}
      <ConfirmActions label="Remove" danger onConfirm={() => void remove()} onCancel={onClose} />
    </ModalDialog>
  );
}
