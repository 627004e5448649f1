/**
 * Adding a report or a client: a name, who they are to you, and what to map them against.
 */
import { LengthCounter } from '../../components/length-counter';
import { useState, type FormEvent } from 'react';
import { personNameProblem } from '../../../shared/workspace/person-rules';
import { ModalDialog } from '../../components/modal-dialog';
import { FormActions } from '../../components/form-parts';
import { useAppStore } from '../../store/app-store';
import { MappingFields, type MappingChoice } from './mapping-fields';
import { RelationshipField, type OtherRelationship } from './relationship-field';

export function AddPersonDialog({ onClose }: { onClose: () => void }) {
  const addPerson = useAppStore((state) => state.addPerson);
  const navigate = useAppStore((state) => state.navigate);
  const [name, setName] = useState('');
  const [relationship, setRelationship] = useState<OtherRelationship>('report');
  const [mapping, setMapping] = useState<MappingChoice>({ target: null });
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const nameProblem = personNameProblem(name, relationship);
    if (nameProblem) {
      setProblem(nameProblem);
      return;
    }
    const person = await addPerson({ name: name.trim(), relationship, ...mapping });
    // On failure the dialog stays open with everything typed; the save banner says what went wrong.
    if (!person) return;
    onClose();
    navigate({ view: 'person', personId: person.id, tab: 'rate' });
  }

  return (
    <ModalDialog title="Add a person" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="add-person-name">Name</label>
          <input
            id="add-person-name"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              // The message goes as soon as the name is there, not at the next try.
              if (problem && !personNameProblem(event.target.value, relationship)) setProblem(null);
            }}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'add-person-problem' : undefined}
            data-autofocus
          />
          <LengthCounter fieldId="add-person-name" value={name} kind="name" />
          {problem ? (
            <p id="add-person-problem" className="field-problem">
              {problem}
            </p>
          ) : null}
        </div>
        <RelationshipField name="add-person-relationship" value={relationship} onChange={setRelationship} />
        <MappingFields value={mapping} onChange={setMapping} idPrefix="add-person" />
        <FormActions submitLabel="Add person" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
