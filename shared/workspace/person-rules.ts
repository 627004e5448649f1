/**
 * What a person's profile must hold, one rule for "Add a person" and the Profile tab: someone else
 * needs a name to be told apart in the sidebar; your own name is optional ("Me" stands in for it);
 * either fits the name's length limit.
 */
import { lengthProblem } from '../text/text-limits';
import type { Relationship } from './schema';

export function personNameProblem(name: string, relationship: Relationship): string | null {
  if (relationship !== 'me' && !name.trim()) return 'Give the person a name, so you can tell them apart.';
  return lengthProblem(name, 'name');
}
