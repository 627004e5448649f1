/**
 * An open goal of the plan, edited in place: its title, status, owner and due date, its description and
 * success criteria, what it addresses, its actions and linked evidence, and the buttons that move,
 * archive, delete or close it. Every change is saved as it is made.
 */
import { shorten } from '../../../shared/text/shorten';
import { useRef, type KeyboardEvent, type RefObject } from 'react';
import { goalStatusLabels } from '../../../shared/workspace/labels';
import { isFinished } from '../../../shared/workspace/growth-plan';
import { goalStatusSchema, type Evidence, type Goal } from '../../../shared/workspace/schema';
import { formatDate } from '../../../shared/dates/local-date';
import { useAppStore } from '../../store/app-store';
import { ActionList } from './action-list';
import { DateInput } from '../../components/date-input';
import { GoalTextField } from './goal-text-field';
import { OwnerSelect } from './owner-select';

export interface GoalEditorProps {
  goal: Goal;
  personName: string;
  today: string;
  /** Statement (or component) texts by id. */
  itemTexts: ReadonlyMap<string, string>;
  /** The person's evidence, to link from. */
  evidence: readonly Evidence[];
  /** Whether the goal is first or last among the goals shown with it. */
  isFirst: boolean;
  isLast: boolean;
  onChooseStatements: (goal: Goal) => void;
  onRemove: (goal: Goal) => void;
  /** After the goal leaves this list (archived or put back), so focus and a message can follow. */
  onMovedAway: (message: string) => void;
}

interface Props extends GoalEditorProps {
  /** The editor's id, which the row's toggle controls. */
  id: string;
  /** The id of the goal's title in its row: names the editor and the buttons that act on the goal. */
  titleId: string;
  titleRef: RefObject<HTMLInputElement | null>;
  /** Closes the goal (Escape, or the Close button); focus goes back to its row. */
  onClose: () => void;
}

export function GoalEditor(props: Props) {
  const { goal, personName, today, itemTexts, evidence, isFirst, isLast, id, titleId, titleRef } = props;
  const updateGoal = useAppStore((state) => state.updateGoal);
  const moveGoal = useAppStore((state) => state.moveGoal);
  const archiveGoal = useAppStore((state) => state.archiveGoal);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const linked = evidence.filter((entry) => goal.evidenceIds.includes(entry.id));

  async function move(direction: 'up' | 'down', ref: RefObject<HTMLButtonElement | null>) {
    await moveGoal(goal.id, direction);
    // The goal moved in the list; keep focus on the button pressed so it can be pressed again.
    ref.current?.focus();
  }

  async function archive(archived: boolean) {
    if (await archiveGoal(goal.id, archived)) {
      props.onMovedAway(archived ? `“${shorten(goal.title)}” was archived.` : `“${shorten(goal.title)}” is back in the plan.`);
    }
  }

  function toggleEvidence(evidenceId: string) {
    const evidenceIds = goal.evidenceIds.includes(evidenceId)
      ? goal.evidenceIds.filter((entry) => entry !== evidenceId)
      : [...goal.evidenceIds, evidenceId];
    void updateGoal(goal.id, { evidenceIds });
  }

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    props.onClose();
  }

  return (
    <div id={id} className="goal-editor" role="group" aria-labelledby={titleId} onKeyDown={closeOnEscape}>
      <GoalTextField goal={goal} field="title" id={`${id}-title`} label="Title" inputRef={titleRef} />
      <div className="field-row goal-fields">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={goal.status}
            onChange={(event) => void updateGoal(goal.id, { status: goalStatusSchema.parse(event.target.value) })}
          >
            {goalStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {goalStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <OwnerSelect
            id={`${id}-owner`}
            value={goal.owner}
            personName={personName}
            onChange={(owner) => void updateGoal(goal.id, { owner })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due</label>
          <DateInput
            id={`${id}-due`}
            value={goal.dueDate ?? ''}
            onChange={(value, found) => {
              if (!found) void updateGoal(goal.id, { dueDate: value || undefined });
            }}
          />
        </div>
      </div>
      <GoalTextField
        goal={goal}
        field="description"
        id={`${id}-description`}
        label="Description"
        hint="What the goal is about and why it matters, in your own words."
      />
      <GoalTextField
        goal={goal}
        field="successCriteria"
        id={`${id}-success`}
        label="Success criteria"
        hint="How you (and whoever reads the plan) will know it is met."
      />

      <h4>Addresses</h4>
      {goal.itemIds.length > 0 ? (
        <ul className="goal-statements">
          {goal.itemIds.map((itemId) => (
            <li key={itemId}>{itemTexts.get(itemId) ?? `${itemId} (not in this framework)`}</li>
          ))}
        </ul>
      ) : (
        <p className="hint">No statements yet.</p>
      )}
      <button
        type="button"
        className="button-secondary goal-choose"
        aria-describedby={titleId}
        onClick={() => props.onChooseStatements(goal)}
      >
        Choose statements…
      </button>

      <h4>Actions</h4>
      <ActionList
        actions={goal.actions}
        personName={personName}
        today={today}
        context={`the goal “${shorten(goal.title)}”`}
        onChange={(actions) => void updateGoal(goal.id, { actions })}
        create={(fields) => fields}
      />

      <h4>Evidence</h4>
      {linked.length > 0 ? (
        <ul className="goal-evidence-list">
          {linked.map((entry) => (
            <li key={entry.id}>
              <span className="evidence-date">{formatDate(entry.date)}</span> — {entry.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">No evidence linked yet.</p>
      )}
      {evidence.length > 0 ? (
        <details className="goal-evidence-picker">
          <summary>Link evidence ({linked.length} linked)</summary>
          <fieldset className="field evidence-items">
            <legend className="visually-hidden">Evidence for “{goal.title}”</legend>
            <ul>
              {evidence.map((entry) => (
                <li key={entry.id}>
                  <label className="checkbox">
                    <input type="checkbox" checked={goal.evidenceIds.includes(entry.id)} onChange={() => toggleEvidence(entry.id)} />
                    <span>
                      {formatDate(entry.date)} — {entry.text}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </details>
      ) : (
        <p className="hint">Evidence recorded in the Evidence tab can be linked here.</p>
      )}

      {/* The buttons say what they do; the goal's title describes which goal, for screen readers. */}
      <div className="goal-toolbar">
        <MoveButton direction="up" buttonRef={upRef} titleId={titleId} disabled={isFirst} onMove={move} />
        <MoveButton direction="down" buttonRef={downRef} titleId={titleId} disabled={isLast} onMove={move} />
        {goal.archived ? (
          <button type="button" className="button-secondary" aria-describedby={titleId} onClick={() => void archive(false)}>
            Put back in the plan
          </button>
        ) : isFinished(goal) ? (
          <button type="button" className="button-secondary" aria-describedby={titleId} onClick={() => void archive(true)}>
            Archive
          </button>
        ) : null}
        <button type="button" className="link-button" aria-describedby={titleId} onClick={() => props.onRemove(goal)}>
          Delete…
        </button>
        <button type="button" className="button-secondary goal-close" aria-describedby={titleId} onClick={props.onClose}>
          Close
        </button>
      </div>
    </div>
  );
}

/** "Move up" or "Move down": aria-disabled rather than disabled, so focus stays on it at the end of the list. */
function MoveButton({
  direction,
  buttonRef,
  titleId,
  disabled,
  onMove,
}: {
  direction: 'up' | 'down';
  buttonRef: RefObject<HTMLButtonElement | null>;
  titleId: string;
  disabled: boolean;
  onMove: (direction: 'up' | 'down', ref: RefObject<HTMLButtonElement | null>) => Promise<void>;
}) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className="button-secondary"
      aria-describedby={titleId}
      aria-disabled={disabled}
      onClick={() => {
        if (!disabled) void onMove(direction, buttonRef);
      }}
    >
      <span aria-hidden="true">{direction === 'up' ? '↑ ' : '↓ '}</span>
      {direction === 'up' ? 'Move up' : 'Move down'}
    </button>
  );
}
