/**
 * The first step for anyone not yet mapped: what to map against. For "me" it also asks a name, which
 * may be skipped and set later in the profile.
 */
import { useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/workspace/schema';
import { personNameProblem } from '../../../shared/workspace/person-rules';
import { FormProblem } from '../../components/form-parts';
import { LengthCounter, lengthFieldProps } from '../../components/length-counter';
import { useAppStore } from '../../store/app-store';
import { MappingFields, type MappingChoice } from './mapping-fields';

export function MappingSetup({ person }: { person: Person }) {
  const changePerson = useAppStore((state) => state.changePerson);
  const [name, setName] = useState(person.name);
  const [mapping, setMapping] = useState<MappingChoice>({ target: null });
  const [problem, setProblem] = useState<string | null>(null);
  const isMe = person.relationship === 'me';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!mapping.target) {
      setProblem('Choose a framework to map against.');
      return;
    }
    // The counter under the name says what is too long.
    if (isMe && personNameProblem(name, person.relationship)) return;
    setProblem(null);
    await changePerson(person.id, { name: name.trim(), ...mapping });
  }

  return (
    <section className="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">{isMe ? 'Welcome to Waymark' : 'Choose a framework'}</h2>
      <p>
        {isMe
          ? 'Map yourself against a career framework to see what stands between you and the next level. Everything stays on this computer.'
          : 'Choose what to map this person against.'}
      </p>
      <form onSubmit={submit} noValidate>
        {isMe ? (
          <div className="field">
            <label htmlFor="setup-name">Your name (optional)</label>
            <input
              id="setup-name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              placeholder="You can skip this"
              {...lengthFieldProps('setup-name', name, 'name')}
            />
            <LengthCounter fieldId="setup-name" value={name} kind="name" />
          </div>
        ) : null}
        <MappingFields value={mapping} onChange={setMapping} idPrefix="setup" />
        <FormProblem problem={problem} />
        <div className="dialog-actions">
          <button type="submit">Start mapping</button>
        </div>
      </form>
    </section>
  );
}
