/**
 * The box above a long list of people that finds someone by a part of their name, and the line under
 * it saying how many are found. Enter opens the first found, ↓ goes into the names found, Escape
 * clears the box (with nothing typed, Escape goes on: it folds a narrow window's sidebar).
 */
import type { KeyboardEvent, Ref } from 'react';
import { FindBox } from '../../components/find-box';

interface PeopleFinderProps {
  ref: Ref<HTMLInputElement>;
  /** The id of the list it narrows. */
  listId: string;
  value: string;
  onChange: (value: string) => void;
  /** How many names are found, of how many; `null` while nothing is typed. */
  found: { count: number; of: number } | null;
  onOpenFirst: () => void;
  onIntoList: () => void;
}

export function PeopleFinder({ ref, listId, value, onChange, found, onOpenFirst, onIntoList }: PeopleFinderProps) {
  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && found && found.count > 0) {
      event.preventDefault();
      onOpenFirst();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      onIntoList();
    }
  }

  return (
    <FindBox
      ref={ref}
      label="Find a person"
      placeholder="Find a person"
      statusId={`${listId}-found`}
      controls={listId}
      className="people-finder"
      value={value}
      onChange={onChange}
      status={found ? foundLine(found.count, found.of, value.trim()) : ''}
      onKey={onKey}
    />
  );
}

function foundLine(count: number, of: number, typed: string): string {
  if (count === 0) return `No name matches “${typed}”. Escape clears it.`;
  return `${count} of ${of} people. Enter opens ${count === 1 ? 'them' : 'the first'}.`;
}
