/**
 * A date field that refuses what is not a date: a date not on the calendar or an emptied required
 * date shows a message under the field (gone as soon as it is fixed) and is never passed on as "no
 * date". What the person typed stays in the field while they fix it.
 */
import { useState, type KeyboardEvent } from 'react';
import { dateProblem, futureDateQuestion } from '../../shared/dates/date-problem';
import { localDate } from '../../shared/dates/local-date';

interface Props {
  id: string;
  /** The stored date ("" for none). */
  value: string;
  /** Every change, with what is wrong with it (null when it may be saved). */
  onChange: (value: string, problem: string | null) => void;
  /** On leaving the field, with its date and what is wrong with it, as onChange. */
  onBlur?: (value: string, problem: string | null) => void;
  required?: boolean;
  /** Ask about a date after today (evidence happened; it is not planned). */
  questionFuture?: boolean;
  autoFocus?: boolean;
}

export function DateInput({ id, value, onChange, onBlur, required = false, questionFuture = false, autoFocus = false }: Props) {
  const [typed, setTyped] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  // A date saved elsewhere (another field, an undo) shows here unless the person is fixing a typo.
  const [stored, setStored] = useState(value);
  if (value !== stored) {
    setStored(value);
    if (!problem) setTyped(value);
  }

  function check(input: HTMLInputElement): string | null {
    const found = dateProblem({ value: input.value, unreadable: input.validity.badInput }, required);
    if (found !== problem || input.value !== typed) {
      setTyped(input.value);
      setProblem(found);
      onChange(input.value, found);
    }
    return found;
  }
  const question = !problem && questionFuture ? futureDateQuestion(typed, localDate()) : null;
  const describedBy = problem || question ? `${id}-problem` : undefined;
  return (
    <>
      <input
        id={id}
        type="date"
        value={typed}
        required={required}
        onChange={(event) => check(event.currentTarget)}
        // A half-typed date leaves the value empty without a change event: look again on leaving and on Enter.
        onBlur={(event) => {
          const found = check(event.currentTarget);
          onBlur?.(event.currentTarget.value, found);
        }}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter') check(event.currentTarget);
        }}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        data-autofocus={autoFocus ? true : undefined}
      />
      {problem ? (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      ) : question ? (
        <p id={`${id}-problem`} className="hint">
          {question}
        </p>
      ) : null}
    </>
  );
}
