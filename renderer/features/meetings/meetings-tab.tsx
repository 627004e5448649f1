/**
 * 1:1 notes: dated entries, newest first. Each shows its own actions and the open ones of earlier entries.
 */
import { useRef, useState } from 'react';
import { actionsShownIn } from '../../../shared/workspace/meetings';
import type { Person } from '../../../shared/workspace/schema';
import { localDate } from '../../../shared/dates/local-date';
import { useAppStore } from '../../store/app-store';
import { MeetingEntry } from './meeting-entry';
import { NewMeetingDialog } from './new-meeting-dialog';

export function MeetingsTab({ person }: { person: Person }) {
  const meetings = useAppStore((state) => state.meetings);
  const [adding, setAdding] = useState(false);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const today = localDate();

  return (
    <div className="meetings">
      <h2 ref={headingRef} tabIndex={-1}>
        1:1 notes
      </h2>
      <div className="toolbar">
        <button type="button" onClick={() => setAdding(true)}>
          New 1:1
        </button>
        <p role="status" className="plan-message">
          {message}
        </p>
      </div>
      {meetings.length === 0 ? (
        <p className="notice">No 1:1 notes yet. Start one to keep talking points, decisions and the actions agreed.</p>
      ) : (
        <ol className="meeting-list" aria-label="1:1 notes, newest first">
          {meetings.map((meeting) => (
            <MeetingEntry
              key={meeting.id}
              meeting={meeting}
              meetings={meetings}
              personName={person.name}
              today={today}
              focusOnMount={meeting.id === justAdded}
              onRemoved={(text) => {
                setMessage(text);
                headingRef.current?.focus();
              }}
            />
          ))}
        </ol>
      )}
      {adding ? (
        <NewMeetingDialog
          meetings={meetings}
          onAdded={(meeting) => {
            setAdding(false);
            setJustAdded(meeting.id);
            const open = actionsShownIn(meeting, meetings).filter((shown) => !shown.action.done).length;
            setMessage(`1:1 added${open > 0 ? ` with ${open === 1 ? '1 open action' : `${open} open actions`} from earlier 1:1s` : ''}.`);
          }}
          onClose={() => setAdding(false)}
        />
      ) : null}
    </div>
  );
}
