/**
 * One 1:1 entry: its date, talking points, decisions and actions (carried-over ones say where they were
 * first agreed), whether it is private, and deleting it after a confirmation. Text is saved when the
 * field is left; what was typed stays in the field if the save fails.
 */
import { lengthProblem } from '../../../shared/text/text-limits';
import { LengthCounter, lengthFieldProps } from '../../components/length-counter';
import { useEffect, useId, useRef, useState } from 'react';
import type { Meeting } from '../../../shared/workspace/schema';
import { formatDate } from '../../../shared/dates/local-date';
import { ModalDialog } from '../../components/modal-dialog';
import { DateInput } from '../../components/date-input';
import { useAppStore } from '../../store/app-store';
import { ActionList } from '../plan';

interface Props {
  meeting: Meeting;
  /** Dates of the person's entries by id, to say where a carried-over action comes from. */
  datesById: ReadonlyMap<string, string>;
  personName: string;
  today: string;
  /** Just added: focus goes to its talking points. */
  focusOnMount: boolean;
  onRemoved: (message: string) => void;
}

export function MeetingEntry({ meeting, datesById, personName, today, focusOnMount, onRemoved }: Props) {
  const updateMeeting = useAppStore((state) => state.updateMeeting);
  const removeMeeting = useAppStore((state) => state.removeMeeting);
  const id = useId();
  const [date, setDate] = useState(meeting.date);
  const [talkingPoints, setTalkingPoints] = useState(meeting.talkingPoints);
  const [decisions, setDecisions] = useState(meeting.decisions);
  const [confirming, setConfirming] = useState(false);
  const talkingPointsRef = useRef<HTMLTextAreaElement>(null);
  const when = formatDate(meeting.date);

  useEffect(() => {
    if (focusOnMount) talkingPointsRef.current?.focus();
  }, [focusOnMount]);

  async function remove() {
    if (!(await removeMeeting(meeting.id))) return;
    setConfirming(false);
    onRemoved(`The 1:1 of ${when} was deleted.`);
  }

  return (
    <li className={`meeting${meeting.private ? ' meeting-private' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="meeting-head">
        <h3 id={`${id}-title`}>1:1 on {when}</h3>
        {meeting.private ? <span className="badge badge-private">Private</span> : null}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <DateInput
            id={`${id}-date`}
            value={date}
            required
            onChange={(value) => setDate(value)}
            // Saved when left, not per keystroke: typing a year passes through dates like 0002-01-13,
            // and each would move the entry to another place in the list.
            onBlur={(value, problem) => {
              if (!problem && value !== meeting.date) void updateMeeting(meeting.id, { date: value });
            }}
          />
        </div>
        <div className="field">
          <label className="checkbox meeting-private-choice">
            <input
              type="checkbox"
              checked={meeting.private}
              onChange={(event) => void updateMeeting(meeting.id, { private: event.target.checked })}
            />
            Private
          </label>
          <p className="hint">Private notes stay out of documents unless you include them when exporting.</p>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-talking-points`}>Talking points</label>
        <textarea
          ref={talkingPointsRef}
          id={`${id}-talking-points`}
          rows={3}
          value={talkingPoints}
          onChange={(event) => setTalkingPoints(event.target.value)}
          onBlur={() => {
            if (talkingPoints !== meeting.talkingPoints && !lengthProblem(talkingPoints, 'text'))
              void updateMeeting(meeting.id, { talkingPoints });
          }}
          {...lengthFieldProps(`${id}-talking-points`, talkingPoints, 'text')}
        />
        <LengthCounter fieldId={`${id}-talking-points`} value={talkingPoints} kind="text" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-decisions`}>Decisions</label>
        <textarea
          id={`${id}-decisions`}
          rows={2}
          value={decisions}
          onChange={(event) => setDecisions(event.target.value)}
          onBlur={() => {
            if (decisions !== meeting.decisions && !lengthProblem(decisions, 'text')) void updateMeeting(meeting.id, { decisions });
          }}
          {...lengthFieldProps(`${id}-decisions`, decisions, 'text')}
        />
        <LengthCounter fieldId={`${id}-decisions`} value={decisions} kind="text" />
      </div>
      <h4>Actions</h4>
      <ActionList
        actions={meeting.actions}
        personName={personName}
        today={today}
        context={`the 1:1 on ${when}`}
        onChange={(actions) => void updateMeeting(meeting.id, { actions })}
        create={(fields) => fields}
        describe={(action) => {
          if (!action.carriedFrom) return null;
          const from = datesById.get(action.carriedFrom);
          return <span className="carried">carried over from {from ? formatDate(from) : 'an earlier 1:1'}</span>;
        }}
      />
      <div className="dialog-actions">
        <button type="button" className="link-button" aria-describedby={`${id}-title`} onClick={() => setConfirming(true)}>
          Delete this 1:1…
        </button>
      </div>
      {confirming ? (
        <ModalDialog title={`Delete the 1:1 of ${when}?`} onClose={() => setConfirming(false)}>
          <p>
            This deletes its talking points, decisions and {meeting.actions.length === 1 ? '1 action' : `${meeting.actions.length} actions`}
            . Actions already carried over to a later 1:1 stay there. It cannot be undone.
          </p>
          <div className="dialog-actions">
            <button type="button" className="button-danger" onClick={() => void remove()}>
              Delete 1:1
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)} data-autofocus>
              Cancel
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </li>
  );
}
