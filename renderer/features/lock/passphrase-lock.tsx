/**
 * Turning the passphrase lock on, changing it, or turning it off — with the one warning that matters:
 * a lost passphrase means lost data, so save a backup first.
 */
import { useState, type FormEvent } from 'react';
import { FormProblem } from '../../components/form-parts';
import { useAppStore } from '../../store/app-store';

export function PassphraseLock({ onSaveBackup }: { onSaveBackup: () => void }) {
  const locked = useAppStore((state) => state.locked);
  const lockWithPassphrase = useAppStore((state) => state.lockWithPassphrase);
  const removeLock = useAppStore((state) => state.removeLock);
  const progress = useAppStore((state) => state.lockProgress);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    if (passphrase.length < 8) return setProblem('Use at least 8 characters; a few words are easier to remember than symbols.');
    if (passphrase !== repeat) return setProblem('The two passphrases differ. Type the same one twice.');
    setProblem(null);
    setWorking(true);
    const ok = await lockWithPassphrase(passphrase);
    setWorking(false);
    if (ok) {
      setPassphrase('');
      setRepeat('');
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
        <div className="field">
          <label htmlFor="lock-passphrase">{locked ? 'New passphrase' : 'Passphrase'}</label>
          <input
            id="lock-passphrase"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="lock-repeat">Repeat it</label>
          <input
            id="lock-repeat"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
        </div>
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
            {locked ? 'Rewriting' : 'Encrypting'} {progress.done.toLocaleString()} of {progress.total.toLocaleString()} records…
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
