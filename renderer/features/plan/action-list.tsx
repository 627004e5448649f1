/**
 * The actions of a goal or of a 1:1: done checkboxes, owner and due date, overdue ones marked in words,
 * and a small form to add one. Every change hands the whole list back, to be saved in one write.
 */
import { lengthProblem } from '../../../shared/text/text-limits';
import { LengthCounter, lengthFieldProps } from '../../components/length-counter';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { isOverdue } from '../../../shared/workspace/growth-plan';
import type { Action, Owner } from '../../../shared/workspace/schema';
import { DateInput } from '../../components/date-input';
import { OwnerSelect } from './owner-select';

interface Props<A extends Action> {
  actions: readonly A[];
  /** Whose actions they are, named in the owner choice. */
  personName: string;
  /** The person's local date: what is due before it and not done is overdue. */
  today: string;
  /** What the list belongs to, for labels that say which list a control is in ("the goal …"). */
  context: string;
  onChange: (actions: A[]) => void;
  /** Builds a new action of the list's kind. */
  create: (fields: Action) => A;
  /** Extra words about an action (where it was carried over from). */
  describe?: (action: A) => ReactNode;
  /** Whether an action can be removed from this list (a 1:1 removes only actions agreed in it); all can by default. */
  removable?: (action: A) => boolean;
}

export function ActionList<A extends Action>({
  actions,
  personName,
  today,
  context,
  onChange,
  create,
  describe,
  removable = () => true,
}: Props<A>) {
  const prefix = useId();
  const replace = (id: string, patch: Partial<Action>) =>
    onChange(actions.map((action) => (action.id === id ? { ...action, ...patch } : action)));

  return (
    <div className="action-block">
      {actions.length === 0 ? <p className="hint">No actions yet.</p> : null}
      <ul className="action-list" aria-label={`Actions for ${context}`}>
        {actions.map((action) => {
          const overdue = isOverdue(action, today);
          const id = `${prefix}-${action.id}`;
          return (
            <li key={action.id} className={overdue ? 'action action-overdue' : 'action'}>
              <label className="checkbox action-text">
                <input type="checkbox" checked={action.done} onChange={(event) => replace(action.id, { done: event.target.checked })} />
                <span className={action.done ? 'action-done' : undefined}>{action.text}</span>
              </label>
              {overdue ? <span className="badge badge-overdue">Overdue</span> : null}
              {describe?.(action)}
              <div className="action-fields">
                <label htmlFor={`${id}-owner`}>Owner</label>
                <OwnerSelect
                  id={`${id}-owner`}
                  value={action.owner}
                  personName={personName}
                  onChange={(owner) => replace(action.id, { owner })}
                />
                <label htmlFor={`${id}-due`}>Due</label>
                <DateInput
                  id={`${id}-due`}
                  value={action.dueDate ?? ''}
                  onChange={(value, found) => {
                    if (!found) replace(action.id, { dueDate: value || undefined });
                  }}
                />
                {removable(action) ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Remove action: ${action.text}`}
                    onClick={() => onChange(actions.filter((entry) => entry.id !== action.id))}
                  >
                    Remove
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <NewActionForm
        prefix={prefix}
        context={context}
        personName={personName}
        onAdd={(fields) => onChange([...actions, create({ ...fields, id: crypto.randomUUID(), done: false })])}
      />
    </div>
  );
}

function NewActionForm({
  prefix,
  context,
  personName,
  onAdd,
}: {
  prefix: string;
  context: string;
  personName: string;
  onAdd: (fields: Pick<Action, 'text' | 'owner' | 'dueDate'>) => void;
}) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<Owner>('me');
  const [dueDate, setDueDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [dueProblem, setDueProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setProblem('Say what the action is.');
    if (dueProblem || lengthProblem(text, 'title')) return;
    setProblem(null);
    onAdd({ text: text.trim(), owner, dueDate: dueDate || undefined });
    setText('');
    setDueDate('');
  }

  return (
    <form className="new-action" onSubmit={submit} noValidate aria-label={`New action for ${context}`}>
      <div className="field grow">
        <label htmlFor={`${prefix}-new-text`}>New action</label>
        <input
          id={`${prefix}-new-text`}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value.trim()) setProblem(null);
          }}
          {...lengthFieldProps(`${prefix}-new-text`, text, 'title')}
        />
        <LengthCounter fieldId={`${prefix}-new-text`} value={text} kind="title" />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-new-owner`}>Owner</label>
        <OwnerSelect id={`${prefix}-new-owner`} value={owner} personName={personName} onChange={setOwner} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-new-due`}>Due (optional)</label>
        <DateInput
          id={`${prefix}-new-due`}
          value={dueDate}
          onChange={(value, found) => {
            setDueDate(value);
            setDueProblem(found);
          }}
        />
      </div>
      <button type="submit">Add action</button>
      {problem ? (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
