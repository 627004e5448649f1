/**
 * Who carries a goal or an action: the person themselves (by name), their manager or their coach.
 */
import { ownerLabel } from '../../../shared/workspace/labels';
import { ownerSchema, type Owner } from '../../../shared/workspace/schema';

interface Props {
  id: string;
  value: Owner;
  personName: string;
  onChange: (owner: Owner) => void;
}

export function OwnerSelect({ id, value, personName, onChange }: Props) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(ownerSchema.parse(event.target.value))}>
      {ownerSchema.options.map((owner) => (
        <option key={owner} value={owner}>
          {ownerLabel(owner, personName)}
        </option>
      ))}
    </select>
  );
}
