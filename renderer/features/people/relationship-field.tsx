/**
 * Who someone is to you: a report or a client ("me" is the workspace's owner and is never chosen).
 */
import type { Relationship } from '../../../shared/workspace/schema';

export type OtherRelationship = Exclude<Relationship, 'me'>;

const choices: { value: OtherRelationship; label: string }[] = [
  { value: 'report', label: 'Report' },
  { value: 'client', label: 'Client' },
];

export function RelationshipField({
  name,
  value,
  onChange,
}: {
  name: string;
  value: Relationship;
  onChange: (value: OtherRelationship) => void;
}) {
  return (
    <fieldset className="field">
      <legend>They are your</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="checkbox">
          <input type="radio" name={name} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
