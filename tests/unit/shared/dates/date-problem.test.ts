import { describe, expect, it } from 'vitest';
import { dateProblem, futureDateQuestion } from '../../../../shared/dates/date-problem';

describe('dateProblem', () => {
  it('refuses a date not on the calendar, required or not', () => {
    expect(dateProblem({ value: '', unreadable: true }, false)).toMatch(/^That is not a date on the calendar/);
    expect(dateProblem({ value: '', unreadable: true }, true)).toMatch(/^That is not a date on the calendar/);
  });

  it('refuses an emptied required date, and lets an optional one be emptied', () => {
    expect(dateProblem({ value: '', unreadable: false }, true)).toBe('Give a date: it cannot be left empty.');
    expect(dateProblem({ value: '', unreadable: false }, false)).toBeNull();
    expect(dateProblem({ value: '2027-02-28', unreadable: false }, true)).toBeNull();
  });
});

describe('futureDateQuestion', () => {
  it('questions a date after today only', () => {
    expect(futureDateQuestion('2026-12-03', '2026-12-02')).toMatch(/future/);
    expect(futureDateQuestion('2026-12-02', '2026-12-02')).toBeNull();
  });
});
