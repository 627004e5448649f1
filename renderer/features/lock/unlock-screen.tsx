/**
 * Asks for the passphrase of a locked workspace. Nothing of the workspace can be read until it is given.
 */
import { useState, type FormEvent } from 'react';
import { FormProblem } from '../../components/form-parts';
import { useAppStore } from '../../store/app-store';

export function UnlockScreen() {
  const unlock = useAppStore((state) => state.unlock);
  const problem = useAppStore((state) => state.unlockError);
  const plainRecords = useAppStore((state) => state.plainRecordsAtStart);
  const upgrade = useAppStore((state) => state.upgradeAfterUnlock);
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
      {upgrade ? (
        <p className="notice">
          This workspace was saved by an earlier version of Waymark. Once it is unlocked, Waymark brings it to this version’s format,
          keeping it encrypted; with many people this can take a minute.
        </p>
      ) : null}
      {plainRecords > 0 ? (
        <p className="notice notice-caution">
          {plainRecords === 1 ? '1 record of this workspace is' : `${plainRecords} records of this workspace are`} not encrypted yet:
          turning the lock on was interrupted, or an earlier version of Waymark left them so. Waymark encrypts them as soon as you unlock.
        </p>
      ) : null}
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
            {working ? (upgrade ? 'Unlocking and updating…' : 'Unlocking…') : 'Unlock'}
          </button>
        </div>
      </form>
    </section>
  );
}
