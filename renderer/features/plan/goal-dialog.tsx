/**
 * Writing a goal by hand, or changing one: its title, owner, due date, and the statements it addresses.
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
  /** The goal being changed; a new one when absent. */
  goal?: Goal | undefined;
  /** The statements (or components) the goal can address, and any it already does. */
  items: readonly MappedItem[];
  personName: string;
  /** Saves; resolves to whether it worked. On failure the dialog stays open with everything entered. */
  onSave: (fields: GoalFields) => Promise<boolean>;
  onClose: () => void;
}

export function GoalDialog({ goal, items, personName, onSave, onClose }: Props) {
  const [title, setTitle] = useState(goal?.title ?? '');
  const [owner, setOwner] = useState<Owner>(goal?.owner ?? 'me');
  const [dueDate, setDueDate] = useState(goal?.dueDate ?? '');
  const [chosen, toggle] = useChosenIds(goal?.itemIds);
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
    <ModalDialog title={goal ? 'Change the goal' : 'Add a goal'} onClose={onClose} wide>
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
        <FormActions submitLabel={goal ? 'Save goal' : 'Add goal'} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
