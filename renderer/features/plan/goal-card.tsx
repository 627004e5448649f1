/**
 * One goal of the plan: what it addresses, its status, owner and due date, its actions and linked
 * evidence, and the buttons that move, archive, change or delete it. Overdue is said in words.
 */
import { shorten } from '../../../shared/text/shorten';
import { useId, useRef, type RefObject } from 'react';
import { goalStatusLabels } from '../../../shared/workspace/labels';
import { isFinished, isOverdue } from '../../../shared/workspace/growth-plan';
import { goalStatusSchema, type Evidence, type Goal } from '../../../shared/workspace/schema';
import { formatDate } from '../../../shared/dates/local-date';
import { useAppStore } from '../../store/app-store';
import { ActionList } from './action-list';
import { DateInput } from '../../components/date-input';
import { OwnerSelect } from './owner-select';

interface Props {
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
  onEdit: (goal: Goal) => void;
  onRemove: (goal: Goal) => void;
  /** After the goal leaves this list (archived or put back), so focus and a message can follow. */
  onMovedAway: (message: string) => void;
}

export function GoalCard({ goal, personName, today, itemTexts, evidence, isFirst, isLast, onEdit, onRemove, onMovedAway }: Props) {
  const updateGoal = useAppStore((state) => state.updateGoal);
  const moveGoal = useAppStore((state) => state.moveGoal);
  const archiveGoal = useAppStore((state) => state.archiveGoal);
  const id = useId();
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const overdue = isOverdue(goal, today);
  const linked = evidence.filter((entry) => goal.evidenceIds.includes(entry.id));

  async function move(direction: 'up' | 'down', ref: RefObject<HTMLButtonElement | null>) {
    await moveGoal(goal.id, direction);
    // The card moved in the list; keep focus on the button pressed so it can be pressed again.
    ref.current?.focus();
  }

  async function archive(archived: boolean) {
    if (await archiveGoal(goal.id, archived)) {
      onMovedAway(archived ? `“${shorten(goal.title)}” was archived.` : `“${shorten(goal.title)}” is back in the plan.`);
    }
  }

  function toggleEvidence(evidenceId: string) {
    const evidenceIds = goal.evidenceIds.includes(evidenceId)
      ? goal.evidenceIds.filter((entry) => entry !== evidenceId)
      : [...goal.evidenceIds, evidenceId];
    void updateGoal(goal.id, { evidenceIds });
  }

  return (
    <li className={`goal${overdue ? ' goal-overdue' : ''}`} aria-labelledby={`${id}-title`} data-goal-id={goal.id}>
      <div className="goal-head">
        <h3 id={`${id}-title`}>{goal.title}</h3>
        {overdue ? <span className="badge badge-overdue">Overdue</span> : null}
        {goal.archived ? <span className="badge">Archived</span> : null}
      </div>
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

      {goal.itemIds.length > 0 ? (
        <>
          <h4>Addresses</h4>
          <ul className="goal-statements">
            {goal.itemIds.map((itemId) => (
              <li key={itemId}>{itemTexts.get(itemId) ?? `${itemId} (not in this framework)`}</li>
            ))}
          </ul>
        </>
      ) : null}

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
        <button
          ref={upRef}
          type="button"
          className="button-secondary"
          aria-describedby={`${id}-title`}
          aria-disabled={isFirst}
          onClick={() => {
            if (!isFirst) void move('up', upRef);
          }}
        >
          <span aria-hidden="true">↑ </span>Move up
        </button>
        <button
          ref={downRef}
          type="button"
          className="button-secondary"
          aria-describedby={`${id}-title`}
          aria-disabled={isLast}
          onClick={() => {
            if (!isLast) void move('down', downRef);
          }}
        >
          <span aria-hidden="true">↓ </span>Move down
        </button>
        <button type="button" className="button-secondary" aria-describedby={`${id}-title`} onClick={() => onEdit(goal)}>
          Edit…
        </button>
        {goal.archived ? (
          <button type="button" className="button-secondary" aria-describedby={`${id}-title`} onClick={() => void archive(false)}>
            Put back in the plan
          </button>
        ) : isFinished(goal) ? (
          <button type="button" className="button-secondary" aria-describedby={`${id}-title`} onClick={() => void archive(true)}>
            Archive
          </button>
        ) : null}
        <button type="button" className="link-button" aria-describedby={`${id}-title`} onClick={() => onRemove(goal)}>
          Delete…
        </button>
      </div>
    </li>
  );
}
