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
  /** Its skill area: the items are grouped under their areas, as statements are often worded alike in several. */
  areaName?: string | undefined;
}

/** Items grouped by area, the areas in the order they first come; items without an area last. */
function byArea(items: readonly ChecklistItem[]): { area: string | undefined; items: ChecklistItem[] }[] {
  const groups = new Map<string | undefined, ChecklistItem[]>();
  for (const item of items) {
    const group = groups.get(item.areaName);
    if (group) group.push(item);
    else groups.set(item.areaName, [item]);
  }
  const ordered = [...groups].sort(([a], [b]) => Number(a === undefined) - Number(b === undefined));
  return ordered.map(([area, inArea]) => ({ area, items: inArea }));
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
  const groups = byArea(items);
  return (
    <fieldset className="field evidence-items">
      <legend>{legend}</legend>
      <div className="checklist-groups">
        {groups.map(({ area, items: inArea }) => {
          const list = (
            <ul>
              {inArea.map((item) => (
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
          );
          // Each area a group of its own, so its name is said on entering it, not only seen.
          // Items of no known area (tagged before, at another level or in an earlier version) come last,
          // under a name of their own when there are areas above them.
          return groups.length === 1 && area === undefined ? (
            <div key="">{list}</div>
          ) : (
            <fieldset key={area ?? ''} className="checklist-area">
              <legend>{area ?? 'Other statements'}</legend>
              {list}
            </fieldset>
          );
        })}
      </div>
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
