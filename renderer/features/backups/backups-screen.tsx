/**
 * Backups: save the whole workspace as one file, and restore one — after it is checked whole and its
 * contents shown, and with a revert point kept of what it replaces, which can be put back (or let go)
 * until the next restore, also after leaving this screen or restarting.
 */
import { useState } from 'react';
import type { WorkspaceContents } from '../../../shared/backup/backup-file';
import { recordLabels } from '../../../shared/backup/check-backup';
import { countWords } from '../../../shared/text/count-words';
import { checkBackupFile, type CheckedBackupFile } from '../../db/backup-restore-client';
import { ConfirmActions } from '../../components/form-parts';
import { ModalDialog } from '../../components/modal-dialog';
import { localDate } from '../../../shared/dates/local-date';
import { errorMessage } from '../../../shared/errors/error-message';
import type { OpenedBytes, OpenedFile, SaveOutcome } from '../../../shared/ipc/contract';
import { useOutsideRequest } from '../../store/use-outside-request';
import { usePlatform } from '../../platform/platform-context';
import type { OpenedBlob } from '../../platform/platform';
import { PassphraseLock } from '../lock';
import { AutomaticBackupList } from './automatic-backup-list';
import { useAppStore } from '../../store/app-store';

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function BackupsScreen() {
  const platform = usePlatform();
  const backupFile = useAppStore((state) => state.backupFile);
  const workspaceContents = useAppStore((state) => state.workspaceContents);
  const restoreBackup = useAppStore((state) => state.restoreBackup);
  const bundledFrameworks = useAppStore((state) => state.bundledFrameworks);
  const [status, setStatus] = useState<{ text: string; failed?: boolean } | null>(null);
  const [pending, setPending] = useState<{ backup: CheckedBackupFile; current: WorkspaceContents } | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const [making, setMaking] = useState(false);

  async function save() {
    // A second click (or File menu command) while the file is being made would only make it twice.
    if (making) return;
    setMaking(true);
    setStatus({ text: 'Making the backup…' });
    let file: Blob | undefined;
    try {
      file = await backupFile('manual');
    } catch (error) {
      setStatus({ text: `The backup was not made. ${errorMessage(error)}`, failed: true });
      return;
    } finally {
      setMaking(false);
    }
    setStatus(null);
    if (!file) return;
    let outcome: SaveOutcome;
    try {
      outcome = await platform.saveFile(`Waymark backup – ${localDate()}.json`, 'json', file);
    } catch (error) {
      // The write went wrong between the page and the main process: no file was put in place.
      setStatus({ text: `The backup was not saved: ${errorMessage(error)}. Your workspace is unchanged; save it again.`, failed: true });
      return;
    }
    if (outcome.outcome === 'saved') setStatus({ text: `The backup is saved to ${outcome.location}.` });
    else if (outcome.outcome === 'failed') setStatus({ text: outcome.message, failed: true });
  }

  async function choose() {
    setStatus(null);
    // Unread, or as bytes: reading or decoding a large file here would hold the window; the worker does.
    await preview(await platform.openFileForWorker('backup'));
  }

  // The File menu's backup commands and a backup dropped on the window do what this screen's buttons do.
  useOutsideRequest(['save-backup', 'restore-backup', 'backup-file'], (request) => {
    if (request.kind === 'save-backup') void save();
    else if (request.kind === 'restore-backup') void choose();
    else {
      setStatus(null);
      void preview(request.file);
    }
  });

  async function preview(opened: OpenedFile | OpenedBytes | OpenedBlob | { outcome: 'failed'; message: string }) {
    if (opened.outcome === 'cancelled') return;
    if (opened.outcome === 'failed') return setStatus({ text: opened.message, failed: true });
    // Checked whole in a worker: the window stays responsive however large the file is.
    setChecking(opened.fileName);
    const checked = checkBackupFile(opened.fileName, contentOf(opened), bundledFrameworks);
    let read: Awaited<typeof checked>;
    let current: WorkspaceContents | undefined;
    try {
      [read, current] = await Promise.all([checked, workspaceContents()]);
    } catch (error) {
      // The workspace could not be counted (or this part of Waymark loaded): nothing was restored.
      void checked.then((result) => (result.ok ? result.discard() : undefined)).catch(() => undefined);
      return setStatus({
        text: `The backup could not be compared with your workspace, so nothing was restored. ${errorMessage(error)}`,
        failed: true,
      });
    } finally {
      setChecking(null);
    }
    if (!read.ok) return setStatus({ text: read.message, failed: true });
    if (current) setPending({ backup: read, current });
    else read.discard();
  }

  function contentOf(opened: (OpenedFile | OpenedBytes | OpenedBlob) & { outcome: 'opened' }): string | Uint8Array<ArrayBuffer> | Blob {
    if ('blob' in opened) return opened.blob;
    return 'bytes' in opened ? opened.bytes : opened.text;
  }

  function cancel(backup: CheckedBackupFile) {
    backup.discard();
    setPending(null);
  }

  async function restore(backup: CheckedBackupFile) {
    setPending(null);
    setChecking(null);
    setStatus({ text: 'Restoring the backup…' });
    if (await restoreBackup(backup)) setStatus({ text: 'The backup is restored. What was here before is kept as a revert point.' });
    else setStatus(null);
  }

  return (
    <article className="screen backups">
      <header className="screen-header">
        <h1 tabIndex={-1}>Backups and privacy</h1>
        <p className="lede">
          A backup is one file holding your whole workspace: people, ratings, evidence, snapshots, goals, 1:1 notes and imported frameworks.
          Keep it somewhere safe; it is not encrypted.
        </p>
      </header>
      <section className="document-cards">
        <div className="document-card">
          <h2>Save a backup</h2>
          <p className="hint">Everything in this workspace, as it is now.</p>
          <button type="button" onClick={() => void save()}>
            Save a backup…
          </button>
        </div>
        <div className="document-card">
          <h2>Restore a backup</h2>
          <p className="hint">Replaces everything in this workspace, after showing you what the backup holds.</p>
          <button type="button" className="button-secondary" onClick={() => void choose()}>
            Restore from a file…
          </button>
        </div>
      </section>
      <PassphraseLock onSaveBackup={() => void save()} />
      {platform.automaticBackups ? (
        <AutomaticBackupList backups={platform.automaticBackups} onRestore={(opened) => void preview(opened)} />
      ) : null}
      {checking ? (
        <p role="status" className="notice">
          Checking {checking}…
        </p>
      ) : null}
      {status ? (
        <div role={status.failed ? 'alert' : 'status'} className={status.failed ? 'notice notice-error' : 'notice'}>
          <p>{status.text}</p>
        </div>
      ) : null}
      <RevertPoint onDone={setStatus} />
      {pending ? (
        <ModalDialog title="Restore this backup?" onClose={() => cancel(pending.backup)} wide>
          <p>
            <code>{pending.backup.fileName}</code>, made {dateTimeFormat.format(new Date(pending.backup.summary.createdAt))}.
          </p>
          <div className="backup-compare">
            <BackupContents title="The backup holds" summary={pending.backup.summary} />
            <BackupContents title="This workspace holds now" summary={pending.current} />
          </div>
          {pending.backup.notices.length > 0 ? (
            <ul className="notes" aria-label="About this backup">
              {pending.backup.notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          ) : null}
          <p className="notice notice-caution">
            Restoring replaces everything in this workspace with the backup. What is here now is kept as a revert point.
          </p>
          <ConfirmActions label="Restore" danger onConfirm={() => void restore(pending.backup)} onCancel={() => cancel(pending.backup)} />
        </ModalDialog>
      ) : null}
    </article>
  );
}

function BackupContents({ title, summary }: { title: string; summary: WorkspaceContents }) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <p>{summary.people.length > 0 ? summary.people.join(', ') : 'Nobody yet'}</p>
      <ul>
        {summary.counts
          .filter((entry) => entry.table !== 'snapshotRatings')
          .map((entry) => (
            <li key={entry.table}>{countWords(entry.count, ...recordLabels[entry.table])}</li>
          ))}
      </ul>
    </section>
  );
}

/** The revert point of the last restore, while there is one: put it back, or let it go. */
function RevertPoint({ onDone }: { onDone: (status: { text: string }) => void }) {
  const revertPoint = useAppStore((state) => state.revertPoint);
  const undoRestore = useAppStore((state) => state.undoRestore);
  const dismissRevertPoint = useAppStore((state) => state.dismissRevertPoint);
  if (!revertPoint) return null;
  return (
    <section className="document-card revert-point" aria-labelledby="revert-title">
      <h2 id="revert-title">Undo the last restore</h2>
      <p>
        The workspace as it was before the restore of {dateTimeFormat.format(new Date(revertPoint.createdAt))} is kept as a revert point,
        until you let it go or restore another backup.
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            void undoRestore().then((ok) => ok && onDone({ text: 'The restore is undone: the workspace is as it was before it.' }))
          }
        >
          Undo the restore
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void dismissRevertPoint().then((ok) => ok && onDone({ text: 'The revert point is let go.' }))}
        >
          Dismiss
        </button>
      </div>
    </section>
  );
}
