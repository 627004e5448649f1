/**
 * One typed field of a goal — its title, description or success criteria — saved as you go: when the
 * field is left, on Enter in the title, and, should the goal close or the screen go first, on the way
 * out. Text is kept as written, line breaks and all; over the length limit, or a title left empty, it
 * says so and keeps what was typed on screen without saving it.
 */
import { useEffect, useRef, useState, type Ref } from 'react';
import { lengthProblem } from '../../../shared/text/text-limits';
import type { Goal } from '../../../shared/workspace/schema';
import { LengthCounter, lengthFieldProps } from '../../components/length-counter';
import { useAppStore } from '../../store/app-store';

export type GoalTextKey = 'title' | 'description' | 'successCriteria';

interface Props {
  goal: Goal;
  field: GoalTextKey;
  id: string;
  label: string;
  /** Under the label: what to write here. */
  hint?: string;
  /** The title's input, to put focus in when the goal opens. */
  inputRef?: Ref<HTMLInputElement>;
}

const titleMissing = 'Give the goal a title. It stays as it was until then.';

/** What the field saves, or why it cannot: the title is required; the other two may be emptied. */
function savedValue(field: GoalTextKey, typed: string): { value: string | undefined } | null {
  if (lengthProblem(typed, field === 'title' ? 'title' : 'text')) return null;
  if (field === 'title') return typed.trim() ? { value: typed.trim() } : null;
  return { value: typed === '' ? undefined : typed };
}

export function GoalTextField({ goal, field, id, label, hint, inputRef }: Props) {
  const updateGoal = useAppStore((state) => state.updateGoal);
  const stored = goal[field] ?? '';
  const [typed, setTyped] = useState(stored);
  const [missing, setMissing] = useState(false);
  const kind = field === 'title' ? 'title' : 'text';
  // Saved elsewhere meanwhile (the stored copy came back from the database): shown unless typed over.
  const [shown, setShown] = useState(stored);
  if (stored !== shown) {
    setShown(stored);
    if (typed === shown) setTyped(stored);
  }

  function save(text: string) {
    const next = savedValue(field, text);
    if (field === 'title') setMissing(!text.trim());
    if (next && (next.value ?? '') !== stored) void updateGoal(goal.id, { [field]: next.value });
  }

  // On the way out (the goal closed, the tab changed) the field may not have been left: save what was
  // typed, compared with the goal as the store has it now, so a save made on leaving is not made twice.
  const latest = useRef(typed);
  useEffect(() => {
    latest.current = typed;
  });
  useEffect(
    () => () => {
      const now = useAppStore.getState().goals.find((entry) => entry.id === goal.id);
      const next = savedValue(field, latest.current);
      if (now && next && (next.value ?? '') !== (now[field] ?? ''))
        void useAppStore.getState().updateGoal(goal.id, { [field]: next.value });
    },
    [field, goal.id],
  );

  const problemId = `${id}-problem`;
  const hintId = hint ? `${id}-hint` : undefined;
  const lengthProps = lengthFieldProps(id, typed, kind);
  const describedBy = [hintId, missing ? problemId : undefined, lengthProps['aria-describedby']].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: typed,
    'aria-invalid': missing || lengthProps['aria-invalid'] ? true : undefined,
    'aria-describedby': describedBy,
    onBlur: () => save(typed),
  } as const;

  return (
    <div className={`field goal-field-${field}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {field === 'title' ? (
        <input
          {...common}
          ref={inputRef}
          onChange={(event) => {
            setTyped(event.target.value);
            if (event.target.value.trim()) setMissing(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save(typed);
          }}
        />
      ) : (
        <textarea {...common} rows={field === 'description' ? 4 : 3} onChange={(event) => setTyped(event.target.value)} />
      )}
      {missing ? (
        <p id={problemId} className="field-problem">
          {titleMissing}
        </p>
      ) : null}
      <LengthCounter fieldId={id} value={typed} kind={kind} />
    </div>
  );
}
