/**
 * A person's profile: name, relationship, what they are mapped against, notes; and removing them.
 */
import { lengthProblem } from '../../../shared/text/text-limits';
import { LengthCounter, lengthFieldProps } from '../../components/length-counter';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { personNameProblem } from '../../../shared/workspace/person-rules';
import { proficiencySchema, type Person } from '../../../shared/workspace/schema';
import type { PersonPatch } from '../../store/people-slice';
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
  const [notes, setNotes] = useState(person.notes);
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const isMe = person.relationship === 'me';
  const mapping: MappingChoice = { target: person.target, currentLevelId: person.currentLevelId, targetLevelId: person.targetLevelId };
  const isRoleCard = frameworks.find((framework) => framework.id === person.target?.frameworkId)?.kind === 'role-card';

  // Saved as you go, like every other screen: choices at once, typed text when the field is left —
  // and, should the screen go before the field is left, on the way out.
  async function save(patch: PersonPatch, done: string) {
    setSaved(null);
    if (await changePerson(person.id, patch)) setSaved(done);
  }
  const typed = useRef({ name, notes, personName: person.name, personNotes: person.notes, relationship: person.relationship });
  useEffect(() => {
    typed.current = { name, notes, personName: person.name, personNotes: person.notes, relationship: person.relationship };
  });
  useEffect(
    () => () => {
      const latest = typed.current;
      const patch: PersonPatch = {};
      if (latest.name.trim() !== latest.personName && !personNameProblem(latest.name, latest.relationship)) patch.name = latest.name.trim();
      if (latest.notes !== latest.personNotes && !lengthProblem(latest.notes, 'text')) patch.notes = latest.notes;
      if (Object.keys(patch).length > 0) void changePerson(person.id, patch);
    },
    [changePerson, person.id],
  );

  function saveName() {
    const problem = personNameProblem(name, person.relationship);
    setNameProblem(problem);
    if (!problem && name.trim() !== person.name) void save({ name: name.trim() }, 'Name saved.');
  }

  return (
    <section aria-labelledby="profile-title" className="profile">
      <h2 id="profile-title">Profile</h2>
      <form onSubmit={(event: FormEvent) => event.preventDefault()} noValidate>
        <div className="field">
          <label htmlFor="profile-name">{isMe ? 'Your name' : 'Name'}</label>
          <input
            id="profile-name"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              if (nameProblem && !personNameProblem(event.target.value, person.relationship)) setNameProblem(null);
            }}
            onBlur={saveName}
            onKeyDown={(event) => {
              if (event.key === 'Enter') saveName();
            }}
            placeholder={isMe ? 'Optional' : undefined}
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby={nameProblem ? 'profile-name-problem' : undefined}
          />
          <LengthCounter fieldId="profile-name" value={name} kind="name" />
          {nameProblem ? (
            <p id="profile-name-problem" className="field-problem">
              {nameProblem} The name stays {displayName(person)} until then.
            </p>
          ) : null}
        </div>
        {!isMe ? (
          <RelationshipField
            name="profile-relationship"
            value={person.relationship}
            onChange={(relationship) => void save({ relationship }, 'Relationship saved.')}
          />
        ) : null}
        <MappingFields
          value={mapping}
          onChange={(choice) =>
            void save(
              { target: choice.target, currentLevelId: choice.currentLevelId, targetLevelId: choice.targetLevelId },
              person.target && choice.target?.frameworkId !== person.target.frameworkId
                ? 'Framework saved. Ratings against the previous one are kept and come back if you switch back to it.'
                : 'Framework and levels saved.',
            )
          }
          idPrefix="profile"
        />
        {isRoleCard ? (
          <div className="field">
            <label htmlFor="profile-expected">Proficiency that meets the card</label>
            <select
              id="profile-expected"
              value={person.expectedProficiency}
              onChange={(event) =>
                void save({ expectedProficiency: proficiencySchema.parse(Number(event.target.value)) }, 'Expected proficiency saved.')
              }
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
        <div className="field">
          <label htmlFor="profile-notes">Notes</label>
          <textarea
            id="profile-notes"
            rows={4}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
            onBlur={() => {
              if (notes !== person.notes && !lengthProblem(notes, 'text')) void save({ notes }, 'Notes saved.');
            }}
            {...lengthFieldProps('profile-notes', notes, 'text')}
          />
          <LengthCounter fieldId="profile-notes" value={notes} kind="text" />
        </div>
        <p className="hint">
          Changes are saved as you go. <span role="status">{saved ?? ''}</span>
        </p>
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
