/**
 * One 1:1 entry: its date, talking points, decisions and actions — its own and the open ones of earlier
 * entries, each saying which 1:1 it was agreed in and when it was done — whether it is private, and
 * deleting it after a confirmation. Text is saved when the field is left; what was typed stays in the
 * field if the save fails.
 */
import { lengthProblem } from '../../../shared/text/text-limits';
import { LengthCounter, lengthFieldProps } from '../../components/length-counter';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { actionsShownIn, actionsToBring } from '../../../shared/workspace/meetings';
import type { Meeting } from '../../../shared/workspace/schema';
import { formatDate } from '../../../shared/dates/local-date';
import { DateInput } from '../../components/date-input';
import { useAppStore } from '../../store/app-store';
import { ActionList } from '../plan';
import { ActionOrigin } from './action-origin';
import { DeleteMeetingDialog } from './delete-meeting-dialog';

interface Props {
  meeting: Meeting;
  /** All the person's entries: earlier ones' open actions show in this one. */
  meetings: readonly Meeting[];
  personName: string;
  today: string;
  /** Just added: focus goes to its talking points. */
  focusOnMount: boolean;
  onRemoved: (message: string) => void;
}

export function MeetingEntry({ meeting, meetings, personName, today, focusOnMount, onRemoved }: Props) {
  const updateMeeting = useAppStore((state) => state.updateMeeting);
  const changeMeetingActions = useAppStore((state) => state.changeMeetingActions);
  const bringMeetingActions = useAppStore((state) => state.bringMeetingActions);
  const shown = useMemo(() => actionsShownIn(meeting, meetings), [meeting, meetings]);
  const shownById = useMemo(() => new Map(shown.map((entry) => [entry.action.id, entry])), [shown]);
  const waiting = useMemo(() => actionsToBring(meeting, meetings).length, [meeting, meetings]);
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
          <p className="hint">
            Private notes stay out of documents unless you include them when exporting, and take in no action of another 1:1 unless you
            bring it in.
          </p>
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
        actions={shown.map((entry) => entry.action)}
        personName={personName}
        today={today}
        context={`the 1:1 on ${when}`}
        onChange={(actions) => void changeMeetingActions(meeting.id, actions)}
        create={(fields) => fields}
        // An action is removed where it was agreed: removing it from a later 1:1 would erase it from the earlier ones too.
        removable={(action) => shownById.get(action.id)?.holder.id === meeting.id}
        describe={(action) => {
          const entry = shownById.get(action.id);
          return entry ? <ActionOrigin shown={entry} meetings={meetings} inPrivateEntry={meeting.private} /> : null;
        }}
      />
      {waiting > 0 ? (
        <div className="bring-actions">
          <p className="hint">
            {meeting.private
              ? `${waiting === 1 ? '1 open action' : `${waiting} open actions`} of earlier 1:1s ${waiting === 1 ? 'is' : 'are'} not shown in this private entry.`
              : `${waiting === 1 ? '1 open action' : `${waiting} open actions`} of earlier private 1:1s ${waiting === 1 ? 'is' : 'are'} not shown in this entry.`}
          </p>
          <button
            type="button"
            className="button-secondary"
            aria-describedby={`${id}-title`}
            onClick={() => void bringMeetingActions(meeting.id)}
          >
            Bring open actions into this entry
          </button>
        </div>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="link-button" aria-describedby={`${id}-title`} onClick={() => setConfirming(true)}>
          Delete this 1:1…
        </button>
      </div>
      {confirming ? (
        <DeleteMeetingDialog
          meeting={meeting}
          meetings={meetings}
          onDeleted={() => {
            setConfirming(false);
            onRemoved(`The 1:1 of ${when} was deleted.`);
          }}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </li>
  );
}
