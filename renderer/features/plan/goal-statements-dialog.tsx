/**
 * Choosing the statements (or components) an open goal addresses; everything else about the goal is
 * changed in place, in its row.
 */
import type { FormEvent } from 'react';
import type { MappedItem } from '../../../shared/workspace/mapping-items';
import { FormActions, ItemChecklist, useChosenIds } from '../../components/form-parts';
import { ModalDialog } from '../../components/modal-dialog';

interface Props {
  /** The ids the goal addresses now. */
  chosenIds: readonly string[];
  /** What it can address: the level worked towards (or the card), and whatever it already names. */
  items: readonly MappedItem[];
  /** Saves; resolves to whether it worked. On failure the dialog stays open with the choice made. */
  onSave: (itemIds: string[]) => Promise<boolean>;
  onClose: () => void;
}

export function GoalStatementsDialog({ chosenIds, items, onSave, onClose }: Props) {
  const [chosen, toggle] = useChosenIds(chosenIds);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await onSave(items.map((item) => item.id).filter((id) => chosen.has(id)))) onClose();
  }

  return (
    <ModalDialog title="What the goal addresses" onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <ItemChecklist legend={`Statements (${chosen.size} chosen)`} items={items} chosen={chosen} onToggle={toggle} />
        <FormActions submitLabel="Save" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
