/**
 * Starting a 1:1 entry: its date (today unless changed), and how many open actions of earlier entries
 * will show in it.
 */
import { useState, type FormEvent } from 'react';
import { actionsShownIn } from '../../../shared/workspace/meetings';
import type { Meeting } from '../../../shared/workspace/schema';
import { localDate } from '../../../shared/dates/local-date';
import { DateInput } from '../../components/date-input';
import { ModalDialog } from '../../components/modal-dialog';
import { FormActions, FormProblem } from '../../components/form-parts';
import { useAppStore } from '../../store/app-store';

interface Props {
  meetings: readonly Meeting[];
  onAdded: (meeting: Meeting) => void;
  onClose: () => void;
}

export function NewMeetingDialog({ meetings, onAdded, onClose }: Props) {
  const addMeeting = useAppStore((state) => state.addMeeting);
  const [date, setDate] = useState(localDate());
  const [problem, setProblem] = useState<string | null>(null);
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  // The new entry is recorded now, so it follows every entry of its date already there.
  const draft: Meeting = {
    id: '',
    personId: '',
    date,
    talkingPoints: '',
    decisions: '',
    actions: [],
    private: false,
    createdAt: new Date().toISOString(),
    updatedAt: '',
  };
  const open = date ? actionsShownIn(draft, meetings).filter((shown) => !shown.action.done).length : 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (dateProblem) return;
    if (!date) return setProblem('Give the date of the 1:1.');
    setProblem(null);
    const added = await addMeeting(date);
    // On failure the dialog stays open; the save banner says what went wrong.
    if (added) onAdded(added);
  }

  return (
    <ModalDialog title="New 1:1" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="meeting-date">Date</label>
          <DateInput
            id="meeting-date"
            value={date}
            required
            autoFocus
            onChange={(value, found) => {
              setDate(value);
              setDateProblem(found);
              if (value) setProblem(null);
            }}
          />
        </div>
        <p className="hint">
          {open > 0
            ? `${open === 1 ? '1 open action' : `${open} open actions`} of earlier 1:1s will show in it, and ${open === 1 ? 'stays' : 'stay'} one action wherever ${open === 1 ? 'it is' : 'they are'} ticked done.`
            : 'No action of an earlier 1:1 is open on this date.'}
        </p>
        <FormProblem problem={problem} />
        <FormActions submitLabel="Add 1:1" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
