/**
 * Turning the passphrase lock on, changing it, or turning it off — with the one warning that matters:
 * a lost passphrase means lost data, so save a backup first.
 */
import { useState, type FormEvent } from 'react';
import { formatCount } from '../../../shared/text/count-words';
import { FormProblem } from '../../components/form-parts';
import { NewPassphraseFields, useNewPassphrase } from '../../components/new-passphrase';
import { useAppStore } from '../../store/app-store';

export function PassphraseLock({ onSaveBackup }: { onSaveBackup: () => void }) {
  const locked = useAppStore((state) => state.locked);
  const lockWithPassphrase = useAppStore((state) => state.lockWithPassphrase);
  const removeLock = useAppStore((state) => state.removeLock);
  const progress = useAppStore((state) => state.lockProgress);
  const fields = useNewPassphrase();
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    if (fields.problem) return setProblem(fields.problem);
    setProblem(null);
    setWorking(true);
    const ok = await lockWithPassphrase(fields.passphrase);
    setWorking(false);
    if (ok) {
      fields.clear();
      setStatus(locked ? 'The passphrase is changed.' : 'The workspace is locked: Waymark will ask for the passphrase when it starts.');
    }
  }

  async function turnOff() {
    setWorking(true);
    if (await removeLock()) setStatus('The lock is off: the workspace is stored unencrypted again.');
    setWorking(false);
  }

  return (
    <section className="document-card passphrase-lock" aria-labelledby="lock-title">
      <h2 id="lock-title">Passphrase lock</h2>
      <p>
        {locked
          ? 'On. Your workspace is encrypted on this computer and opens only with the passphrase.'
          : 'Off. Lock the workspace with a passphrase to encrypt it on this computer (AES-GCM; the key is derived from the passphrase and never stored).'}
      </p>
      <p className="notice notice-caution">
        If you lose the passphrase, your data is lost: nobody can recover it. Save a backup first and keep it safe.{' '}
        <button type="button" className="link-button" onClick={onSaveBackup}>
          Save a backup first…
        </button>
      </p>
      <form onSubmit={submit}>
        <NewPassphraseFields id="lock" label={locked ? 'New passphrase' : 'Passphrase'} state={fields} />
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <button type="submit" disabled={working}>
            {working ? 'Encrypting…' : locked ? 'Change the passphrase' : 'Lock with this passphrase'}
          </button>
          {locked ? (
            <button type="button" className="button-secondary" onClick={() => void turnOff()} disabled={working}>
              Turn the lock off
            </button>
          ) : null}
        </div>
      </form>
      {working && progress ? (
        <div className="lock-progress">
          <label htmlFor="lock-progress">
            {locked ? 'Rewriting' : 'Encrypting'} {formatCount(progress.done)} of {formatCount(progress.total)} records…
          </label>
          <progress id="lock-progress" value={progress.done} max={Math.max(1, progress.total)} />
        </div>
      ) : null}
      <p role="status" className="hint">
        {status}
      </p>
    </section>
  );
}
