/**
 * One goal of the plan as a single row — title, status, due date (overdue said in words), what it
 * addresses and how far its actions are — that opens in place into the goal's editor. The title is a
 * button (Enter or Space opens and closes it, aria-expanded says which); the rest of the row is a
 * larger target for the mouse. Opening puts focus in the title field; closing puts it back on the row.
 */
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { formatDate } from '../../../shared/dates/local-date';
import { goalSummary, isOverdue } from '../../../shared/workspace/growth-plan';
import { goalStatusLabels } from '../../../shared/workspace/labels';
import { countWords, formatCount } from '../../../shared/text/count-words';
import { GoalEditor, type GoalEditorProps } from './goal-editor';

/** Where focus should go once the row has drawn: its toggle (after closing) or its title field (after opening). */
export type RowFocus = 'toggle' | 'title';

interface Props extends GoalEditorProps {
  open: boolean;
  /** Area names by item id, for what the row says the goal addresses. */
  areaNames: ReadonlyMap<string, string>;
  /** Focus asked for this row; `onFocused` says it was given. */
  focus: RowFocus | undefined;
  onFocused: () => void;
  onToggle: () => void;
}

const shownAreas = 2;

export function GoalRow({ open, areaNames, focus, onFocused, onToggle, ...editor }: Props) {
  const { goal, today } = editor;
  const id = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const overdue = isOverdue(goal, today);
  const summary = goalSummary(goal, areaNames);
  const areas =
    summary.areaNames.length > shownAreas
      ? `${summary.areaNames.slice(0, shownAreas).join(', ')} and ${summary.areaNames.length - shownAreas} more`
      : summary.areaNames.join(', ');

  useEffect(() => {
    if (!focus) return;
    (focus === 'toggle' ? toggleRef : titleRef).current?.focus();
    onFocused();
  }, [focus, onFocused]);

  // A click anywhere on the row opens it, as the title button does (a click on the button is its own).
  function clickRow(event: MouseEvent) {
    if (event.target instanceof Element && event.target.closest('button')) return;
    onToggle();
  }

  function close() {
    // Focus leaves the editor before it goes, so the field being typed in is saved as it is left.
    toggleRef.current?.focus();
    onToggle();
  }

  return (
    <li
      className={`goal goal-${goal.status}${overdue ? ' goal-overdue' : ''}${open ? ' goal-open' : ''}`}
      aria-labelledby={`${id}-title`}
      data-goal-id={goal.id}
    >
      {/* The row's click is a mouse convenience: the title button inside it does the same from the keyboard. */}
      <div className="goal-row" onClick={clickRow}>
        <h3 className="goal-row-title">
          <button
            ref={toggleRef}
            type="button"
            className="goal-toggle"
            aria-expanded={open}
            aria-controls={open ? `${id}-editor` : undefined}
            aria-describedby={`${id}-summary`}
            onClick={onToggle}
          >
            <span id={`${id}-title`}>{goal.title}</span>
          </button>
        </h3>
        <p id={`${id}-summary`} className="goal-summary">
          <span className={`badge goal-status goal-status-${goal.status}`}>{goalStatusLabels[goal.status]}</span>
          {goal.dueDate ? <span>Due {formatDate(goal.dueDate)}</span> : null}
          {overdue ? <span className="badge badge-overdue">Overdue</span> : null}
          {goal.archived ? <span className="badge">Archived</span> : null}
          {summary.statementCount > 0 ? (
            <span>
              {countWords(summary.statementCount, 'statement')}
              {areas ? ` · ${areas}` : ''}
            </span>
          ) : null}
          {summary.actionsTotal > 0 ? (
            <span>
              {formatCount(summary.actionsDone)} of {countWords(summary.actionsTotal, 'action')} done
            </span>
          ) : null}
          {summary.evidenceCount > 0 ? <span>{countWords(summary.evidenceCount, 'piece of evidence', 'pieces of evidence')}</span> : null}
        </p>
      </div>
      {open ? <GoalEditor {...editor} id={`${id}-editor`} titleId={`${id}-title`} titleRef={titleRef} onClose={close} /> : null}
    </li>
  );
}
