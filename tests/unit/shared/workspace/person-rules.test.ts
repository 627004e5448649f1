import { describe, expect, it } from 'vitest';
import { personNameProblem } from '../../../../shared/workspace/person-rules';

describe('personNameProblem', () => {
  it('asks for a name for a report or a client, spaces alone not counting', () => {
    expect(personNameProblem('  ', 'report')).toBe('Give the person a name, so you can tell them apart.');
    expect(personNameProblem('', 'client')).toBe('Give the person a name, so you can tell them apart.');
    expect(personNameProblem('Zoë 🌱', 'report')).toBeNull();
  });

  it('leaves your own name optional', () => {
    expect(personNameProblem('', 'me')).toBeNull();
  });

  it('refuses a name too long to read as one', () => {
    expect(personNameProblem('a'.repeat(5000), 'me')).toMatch(/^This is 5,000 characters; at most 100 fit/);
  });
});
