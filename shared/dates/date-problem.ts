/**
 * What is wrong with a date as typed, in words, one rule for every date field: a date that is not on
 * the calendar ("02/30/2027", a half-typed one) or an emptied required date is refused, never saved as
 * "no date"; a date in the future, where only the past makes sense, is questioned but allowed.
 */
export interface TypedDate {
  /** The field's value: an ISO date, or "" when empty or not a date. */
  value: string;
  /** The browser could not read what was typed as a date (the field's validity.badInput). */
  unreadable: boolean;
}

export function dateProblem({ value, unreadable }: TypedDate, required: boolean): string | null {
  if (unreadable) return 'That is not a date on the calendar: nothing was saved. Pick a date or type one in full.';
  if (required && !value) return 'Give a date: it cannot be left empty.';
  return null;
}

/** A question, not a refusal: evidence is something that happened. */
export function futureDateQuestion(value: string, today: string): string | null {
  return value > today ? 'That date is in the future. Is it the day it happened?' : null;
}
