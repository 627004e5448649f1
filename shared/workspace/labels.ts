/**
 * The words for ratings, owners and statuses, shared by the screens and the documents so a PDF says
 * exactly what the screen says.
 */
import type { GoalStatus, Owner, Person, RatingState, RatingValue } from './schema';

export const ratingStateLabels: Record<RatingState, string> = {
  'not-yet': 'Not yet',
  partly: 'Partly',
  consistently: 'Consistently',
  'not-applicable': 'Not applicable',
};

/** Proficiency 0–4 on a role card's components. */
export const proficiencyLabels = ['None', 'Aware', 'Working', 'Practitioner', 'Expert'] as const;

export function ratingLabel(value: RatingValue | undefined): string {
  if (value === undefined) return 'Not rated';
  if (typeof value === 'number') return `${value} ${proficiencyLabels[value]}`;
  return ratingStateLabels[value];
}

export const goalStatusLabels: Record<GoalStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

const relationshipLabels: Record<Person['relationship'], string> = { me: 'You', report: 'Report', client: 'Client' };

export function relationshipLabel(relationship: Person['relationship']): string {
  return relationshipLabels[relationship];
}

/** How a person is named everywhere: "Me" until they give a name; others always have one ("Unnamed" if it was cleared). */
export function displayName(person: Pick<Person, 'name' | 'relationship'>): string {
  return person.name.trim() || (person.relationship === 'me' ? 'Me' : 'Unnamed');
}

/** "me" is the person the plan belongs to, named where they have a name. */
export function ownerLabel(owner: Owner, personName: string): string {
  if (owner === 'me') return personName.trim() || 'Self';
  return owner === 'manager' ? 'Manager' : 'Coach';
}
