/**
 * A person's profile: name, relationship, what they are mapped against, notes; and removing them.
 */
import { useState, type FormEvent } from 'react';
import { proficiencySchema, type Person, type Proficiency } from '../../../shared/workspace/schema';
import { useAppStore } from '../../store/app-store';
import { proficiencyLabels } from '../../../shared/workspace/labels';
import { MappingFields, type MappingChoice } from './mapping-fields';
import { displayName } from '../../../shared/workspace/labels';
import { RelationshipField } from './relationship-field';
import { RemovePersonDialog } from './remove-person-dialog';

export function ProfileTab({ person }: { person: Person }) {
  const changePerson = useAppStore((state) => state.changePerson);
  const frameworks = useAppStore((state) => state.frameworks);
  const [name, setName] = useState(person.name);
  const [relationship, setRelationship] = useState<Person['relationship']>(person.relationship);
  const [mapping, setMapping] = useState<MappingChoice>({
    target: person.target,
    currentLevelId: person.currentLevelId,
    targetLevelId: person.targetLevelId,
  });
  const [expected, setExpected] = useState<Proficiency>(person.expectedProficiency);
  const [notes, setNotes] = useState(person.notes);
  const [saved, setSaved] = useState(false);
  const [removing, setRemoving] = useState(false);
  const isMe = person.relationship === 'me';
  const isRoleCard = frameworks.find((framework) => framework.id === mapping.target?.frameworkId)?.kind === 'role-card';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = await changePerson(person.id, {
      name: name.trim(),
      relationship,
      target: mapping.target,
      currentLevelId: mapping.currentLevelId,
      targetLevelId: mapping.targetLevelId,
      expectedProficiency: expected,
      notes,
    });
    setSaved(ok);
  }

  return (
    <section aria-labelledby="profile-title" className="profile">
      <h2 id="profile-title">Profile</h2>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="profile-name">{isMe ? 'Your name' : 'Name'}</label>
          <input
            id="profile-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            placeholder={isMe ? 'Optional' : undefined}
          />
        </div>
        {!isMe ? <RelationshipField name="profile-relationship" value={relationship} onChange={setRelationship} /> : null}
        <MappingFields value={mapping} onChange={setMapping} idPrefix="profile" />
        {isRoleCard ? (
          <div className="field">
            <label htmlFor="profile-expected">Proficiency that meets the card</label>
            <select
              id="profile-expected"
              value={expected}
              onChange={(event) => setExpected(proficiencySchema.parse(Number(event.target.value)))}
            >
              {proficiencyLabels.map((label, level) => (
                <option key={label} value={level}>
                  {level} — {label}
                </option>
              ))}
            </select>
            <p className="hint">The card says what the role needs, not how well; this sets what counts as meeting each component.</p>
          </div>
        ) : null}
        {mapping.target?.frameworkId !== person.target?.frameworkId && person.target ? (
          <p className="hint">Ratings against the previous framework are kept and come back if you switch back to it.</p>
        ) : null}
        <div className="field">
          <label htmlFor="profile-notes">Notes</label>
          <textarea id="profile-notes" rows={4} value={notes} onChange={(event) => setNotes(event.target.value)} />
        </div>
        <div className="dialog-actions">
          <button type="submit">Save profile</button>
          <span role="status">{saved ? 'Saved.' : ''}</span>
        </div>
      </form>
      {!isMe ? (
        <section className="danger-zone" aria-labelledby="remove-title">
          <h3 id="remove-title">Remove {displayName(person)}</h3>
          <p>Deletes their profile, ratings, evidence, history, growth plan and 1:1 notes from this computer.</p>
          <button type="button" className="button-danger" onClick={() => setRemoving(true)}>
            Remove {displayName(person)}…
          </button>
          {removing ? <RemovePersonDialog person={person} onClose={() => setRemoving(false)} /> : null}
        </section>
      ) : null}
    </section>
  );
}
