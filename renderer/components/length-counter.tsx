/**
 * Under a text field: how many characters it holds once it nears its limit, and over the limit, that
 * it will not be saved until shortened (the field's aria-describedby points here).
 */
import { counterText, lengthProblem, shouldShowCounter, type TextKind } from '../../shared/text/text-limits';

export function lengthCounterId(fieldId: string): string {
  return `${fieldId}-length`;
}

/** Props for the field itself: marked invalid over the limit and described by the counter. */
export function lengthFieldProps(fieldId: string, value: string, kind: TextKind) {
  const over = lengthProblem(value, kind) !== null;
  return {
    'aria-invalid': over ? true : undefined,
    'aria-describedby': shouldShowCounter(value, kind) ? lengthCounterId(fieldId) : undefined,
  } as const;
}

export function LengthCounter({ fieldId, value, kind }: { fieldId: string; value: string; kind: TextKind }) {
  if (!shouldShowCounter(value, kind)) return null;
  const problem = lengthProblem(value, kind);
  return (
    <p id={lengthCounterId(fieldId)} className={problem ? 'field-problem length-counter' : 'hint length-counter'} aria-live="polite">
      {counterText(value, kind)}
      {problem ? ` — ${problem}` : null}
    </p>
  );
}
