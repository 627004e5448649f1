/**
 * A box to find something by a part of its name, and the line under it saying what is found: a live
 * region, kept in the page while it says nothing, so what it says once something is typed is
 * announced. Escape clears what is typed (with nothing typed, Escape goes on to whatever else takes
 * it); keys that finish an input method's composition (Chinese, Japanese, Korean…) are left to it.
 */
import type { KeyboardEvent, Ref } from 'react';
import './find-box.css';

interface FindBoxProps {
  ref?: Ref<HTMLInputElement>;
  label: string;
  placeholder: string;
  /** The id of the line under the box. */
  statusId: string;
  /** The id of what the box narrows, where that is one element. */
  controls?: string;
  className: string;
  value: string;
  onChange: (value: string) => void;
  /** What the line under the box says: empty while nothing is typed. */
  status: string;
  /** Keys other than Escape on something typed, and not while an input method composes. */
  onKey?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function FindBox({ ref, label, placeholder, statusId, controls, className, value, onChange, status, onKey }: FindBoxProps) {
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      event.stopPropagation();
      onChange('');
    } else onKey?.(event);
  }

  return (
    <div className={className}>
      <input
        ref={ref}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        aria-describedby={statusId}
        aria-controls={controls}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={statusId} className="find-box-status" role="status">
        {status}
      </p>
    </div>
  );
}
