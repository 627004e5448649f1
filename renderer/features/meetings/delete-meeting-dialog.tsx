/**
 * Deleting a 1:1 entry. Actions agreed in it that are still open show in later entries too, so the
 * user chooses: keep them (they move to another entry of the same kind, still saying when they were
 * agreed) or delete them with the entry.
 */
import { formatDate } from '../../../shared/dates/local-date';
import { keptActionsHome } from '../../../shared/workspace/meetings';
import type { Meeting } from '../../../shared/workspace/schema';
import { countWords } from '../../../shared/text/count-words';
import { ModalDialog } from '../../components/modal-dialog';
import { useAppStore } from '../../store/app-store';

interface Props {
  meeting: Meeting;
  meetings: readonly Meeting[];
  onDeleted: () => void;
  onClose: () => void;
}

export function DeleteMeetingDialog({ meeting, meetings, onDeleted, onClose }: Props) {
  const removeMeeting = useAppStore((state) => state.removeMeeting);
  const when = formatDate(meeting.date);
  const open = meeting.actions.filter((action) => !action.done).length;
  const home = open > 0 ? keptActionsHome(meeting, meetings) : undefined;

  async function remove(keepOpenActions: boolean) {
    // On failure the dialog stays open; the save banner says what went wrong.
    if (await removeMeeting(meeting.id, keepOpenActions)) onDeleted();
  }

  return (
    <ModalDialog title={`Delete the 1:1 of ${when}?`} onClose={onClose}>
      <p>
        This deletes its talking points, decisions and {countWords(meeting.actions.length, 'action')} agreed in it. It cannot be undone.
      </p>
      {open > 0 ? (
        <p>
          {countWords(open, 'action is', 'actions are')} still open and {open === 1 ? 'shows' : 'show'} in later 1:1s.{' '}
          {home
            ? `Keep ${open === 1 ? 'it' : 'them'}, and ${open === 1 ? 'it moves' : 'they move'} to the 1:1 of ${formatDate(home.date)}, still saying ${open === 1 ? 'it was' : 'they were'} agreed on ${when}.`
            : `There is no other ${meeting.private ? 'private ' : ''}1:1 to keep ${open === 1 ? 'it' : 'them'} in, so ${open === 1 ? 'it goes' : 'they go'} with this one.`}
        </p>
      ) : null}
      <div className="dialog-actions">
        {home ? (
          <button type="button" onClick={() => void remove(true)}>
            Delete 1:1, keep open actions
          </button>
        ) : null}
        <button type="button" className="button-danger" onClick={() => void remove(false)}>
          {open > 0 ? 'Delete 1:1 and its actions' : 'Delete 1:1'}
        </button>
        <button type="button" className="button-secondary" onClick={onClose} data-autofocus>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
