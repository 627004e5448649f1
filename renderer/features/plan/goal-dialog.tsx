/**
 * Writing a goal by hand: its title, owner, due date, and the statements it addresses. The goal then
 * opens in the plan, where its description, success criteria and the rest are written in place.
 */
import { lengthProblem } from '../../../shared/text/text-limits';
import { LengthCounter, lengthFieldProps } from '../../components/length-counter';
import { useState, type FormEvent } from 'react';
import type { MappedItem } from '../../../shared/workspace/mapping-items';
import type { Goal, Owner } from '../../../shared/workspace/schema';
import { DateInput } from '../../components/date-input';
import { ModalDialog } from '../../components/modal-dialog';
import { FormActions, FormProblem, ItemChecklist, useChosenIds } from '../../components/form-parts';
import { OwnerSelect } from './owner-select';

export type GoalFields = Pick<Goal, 'title' | 'owner' | 'dueDate' | 'itemIds'>;

interface Props {
  /** The statements (or components) the goal can address. */
  items: readonly MappedItem[];
  personName: string;
  /** Saves; resolves to whether it worked. On failure the dialog stays open with everything entered. */
  onSave: (fields: GoalFields) => Promise<boolean>;
  onClose: () => void;
}

export function GoalDialog({ items, personName, onSave, onClose }: Props) {
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<Owner>('me');
  const [dueDate, setDueDate] = useState('');
  const [chosen, toggle] = useChosenIds();
  const [problem, setProblem] = useState<string | null>(null);
  const [dueProblem, setDueProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setProblem('Give the goal a title.');
    if (dueProblem || lengthProblem(title, 'title')) return;
    setProblem(null);
    const itemIds = items.map((item) => item.id).filter((id) => chosen.has(id));
    if (await onSave({ title: title.trim(), owner, dueDate: dueDate || undefined, itemIds })) onClose();
  }

  return (
    <ModalDialog title="Add a goal" onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="goal-title">Goal</label>
          <input
            id="goal-title"
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              if (event.target.value.trim()) setProblem(null);
            }}
            data-autofocus
            {...lengthFieldProps('goal-title', title, 'title')}
          />
          <LengthCounter fieldId="goal-title" value={title} kind="title" />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="goal-owner">Owner</label>
            <OwnerSelect id="goal-owner" value={owner} personName={personName} onChange={setOwner} />
          </div>
          <div className="field">
            <label htmlFor="goal-due">Due (optional)</label>
            <DateInput
              id="goal-due"
              value={dueDate}
              onChange={(value, found) => {
                setDueDate(value);
                setDueProblem(found);
              }}
            />
          </div>
        </div>
        {items.length > 0 ? (
          <ItemChecklist legend={`Addresses (optional, ${chosen.size} chosen)`} items={items} chosen={chosen} onToggle={toggle} />
        ) : null}
        <FormProblem problem={problem} />
        <FormActions submitLabel="Add goal" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
