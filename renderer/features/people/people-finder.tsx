/**
 * The box above a long list of people that finds someone by a part of their name, and the line under
 * it saying how many are found. Enter opens the first found, ↓ goes into the names found, Escape
 * clears the box (with nothing typed, Escape goes on: it folds a narrow window's sidebar). Keys that
 * finish an input method's composition (Chinese, Japanese, Korean…) are left to it.
 */
import type { KeyboardEvent, Ref } from 'react';

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
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      event.stopPropagation();
      onChange('');
    } else if (event.key === 'Enter' && found && found.count > 0) {
      event.preventDefault();
      onOpenFirst();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      onIntoList();
    }
  }

  return (
    <div className="people-finder">
      <input
        ref={ref}
        type="search"
        aria-label="Find a person"
        placeholder="Find a person"
        aria-describedby={`${listId}-found`}
        aria-controls={listId}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {/* Kept in the page while empty, so what it says once something is typed is announced. */}
      <p id={`${listId}-found`} className="people-found" role="status">
        {found ? foundLine(found.count, found.of, value.trim()) : ''}
      </p>
    </div>
  );
}

function foundLine(count: number, of: number, typed: string): string {
  if (count === 0) return `No name matches “${typed}”. Escape clears it.`;
  return `${count} of ${of} people. Enter opens ${count === 1 ? 'them' : 'the first'}.`;
}
