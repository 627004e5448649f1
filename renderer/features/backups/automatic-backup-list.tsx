/**
 * The automatic backups the desktop app keeps (the ten newest, and one a day for a week), newest
 * first, each with a way to restore it.
 */
import { useEffect, useState } from 'react';
import type { AutomaticBackupEntry, OpenedFile } from '../../../shared/ipc/contract';
import type { AutomaticBackups } from '../../platform/platform';
import { useAppStore } from '../../store/app-store';

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AutomaticBackupList({ backups, onRestore }: { backups: AutomaticBackups; onRestore: (opened: OpenedFile) => void }) {
  const locked = useAppStore((state) => state.locked);
  const [entries, setEntries] = useState<AutomaticBackupEntry[] | null>(null);
  useEffect(() => {
    void backups.list().then(setEntries);
  }, [backups]);

  return (
    <section aria-labelledby="automatic-backups-title">
      <h2 id="automatic-backups-title">Automatic backups</h2>
      <p className="hint">
        Written every 15 minutes at most while you work, and when Waymark quits; the ten newest and one a day for a week are kept.
      </p>
      {locked ? (
        <p className="notice notice-caution">
          Paused while the workspace is locked: backup files are not encrypted, so writing them would undo the lock. Save backups by hand
          and keep them safe.
        </p>
      ) : null}
      {entries === null ? <p role="status">Looking for automatic backups…</p> : null}
      {entries?.length === 0 ? <p>None yet: the first is written after your next change.</p> : null}
      {entries && entries.length > 0 ? (
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.name}>
                <td>{dateTimeFormat.format(new Date(entry.createdAt))}</td>
                <td>{Math.max(1, Math.round(entry.bytes / 1024))} KB</td>
                <td>
                  <button type="button" className="link-button" onClick={() => void backups.read(entry.name).then(onRestore)}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
