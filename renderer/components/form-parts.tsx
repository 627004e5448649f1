/**
 * The pieces every form in Waymark shares: a problem line, the submit/cancel row, a checklist of
 * statements to choose from, and a labelled choice of one.
 */
import { useState } from 'react';

export function FormProblem({ problem }: { problem: string | null }) {
  if (!problem) return null;
  return (
    <p className="field-problem" role="alert">
      {problem}
    </p>
  );
}

export function FormActions({ submitLabel, onCancel }: { submitLabel: string; onCancel?: () => void }) {
  return (
    <div className="dialog-actions">
      <button type="submit">{submitLabel}</button>
      {onCancel ? (
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}

/** A set of chosen ids with a toggle, for checklists. */
export function useChosenIds(initial: Iterable<string> = []) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(initial));
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  return [chosen, toggle] as const;
}

export interface ChecklistItem {
  id: string;
  text: string;
  skillName?: string | undefined;
}

export function ItemChecklist({
  legend,
  items,
  chosen,
  onToggle,
}: {
  legend: string;
  items: readonly ChecklistItem[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  return (
    <fieldset className="field evidence-items">
      <legend>{legend}</legend>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <label className="checkbox">
              <input type="checkbox" checked={chosen.has(item.id)} onChange={() => onToggle(item.id)} />
              <span>
                {item.skillName ? <strong>{item.skillName}: </strong> : null}
                {item.text}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The two buttons of a dialog that asks before doing something: the action, and a dismissal that takes
 * focus first, so a stray Enter never deletes anything.
 */
export function ConfirmActions({
  label,
  onConfirm,
  onCancel,
  cancelLabel = 'Cancel',
  danger = false,
}: {
  label: string;
  onConfirm: () => void;
  onCancel: () => void;
  cancelLabel?: string;
  danger?: boolean;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className={danger ? 'button-danger' : undefined} onClick={onConfirm}>
        {label}
      </button>
      <button type="button" className="button-secondary" onClick={onCancel} data-autofocus>
        {cancelLabel}
      </button>
    </div>
  );
}

/** A labelled drop-down of choices, each with its value and what it reads. */
export function LabelledSelect({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
