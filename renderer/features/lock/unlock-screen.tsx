/**
 * Asks for the passphrase of a locked workspace. Nothing of the workspace can be read until it is given.
 */
import { useState, type FormEvent } from 'react';
import { FormProblem } from '../../components/form-parts';
import { useAppStore } from '../../store/app-store';

export function UnlockScreen() {
  const unlock = useAppStore((state) => state.unlock);
  const problem = useAppStore((state) => state.unlockError);
  const [passphrase, setPassphrase] = useState('');
  const [working, setWorking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setWorking(true);
    await unlock(passphrase);
    setWorking(false);
  }

  return (
    <section className="screen unlock" aria-labelledby="unlock-title">
      <h1 id="unlock-title" tabIndex={-1}>
        Unlock your workspace
      </h1>
      <p>Your workspace is locked with a passphrase. Enter it to open your people, ratings and notes.</p>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="unlock-passphrase">Passphrase</label>
          <input
            id="unlock-passphrase"
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            autoFocus
          />
        </div>
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <button type="submit" disabled={working || passphrase.length === 0}>
            {working ? 'Unlocking…' : 'Unlock'}
          </button>
        </div>
      </form>
    </section>
  );
}
