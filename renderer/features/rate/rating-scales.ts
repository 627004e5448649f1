/**
 * The two rating scales, their words and their keys.
 *
 * Statements of a career map: 1 not yet, 2 partly, 3 consistently, 4 not applicable.
 * Components of a role card: proficiency 0 none, 1 aware, 2 working, 3 practitioner, 4 expert, and N
 * for not applicable. On both, Delete or Backspace clears a rating.
 */
import { proficiencyLabels, ratingStateLabels } from '../../../shared/workspace/labels';
import { proficiencySchema, type RatingState, type RatingValue } from '../../../shared/workspace/schema';

const stateKeys: [RatingState, string][] = [
  ['not-yet', '1'],
  ['partly', '2'],
  ['consistently', '3'],
  ['not-applicable', '4'],
];

export const stateOptions: { value: RatingState; label: string; key: string }[] = stateKeys.map(([value, key]) => ({
  value,
  label: ratingStateLabels[value],
  key,
}));

export const proficiencyOptions: { value: RatingValue; label: string; key: string }[] = [
  ...proficiencyLabels.map((label, level) => ({ value: proficiencySchema.parse(level), label: `${level} ${label}`, key: String(level) })),
  { value: 'not-applicable', label: 'Not applicable', key: 'n' },
];

export type RatingScale = 'state' | 'proficiency';

export function scaleOptions(scale: RatingScale) {
  return scale === 'state' ? stateOptions : proficiencyOptions;
}

/** The rating a key press asks for: a value, null to clear, or undefined when the key means nothing. */
export function ratingForKey(scale: RatingScale, key: string): RatingValue | null | undefined {
  if (key === 'Delete' || key === 'Backspace') return null;
  return scaleOptions(scale).find((option) => option.key === key.toLowerCase())?.value;
}

/** The scale a mapping is rated on: statements by state, a role card's components by proficiency. */
export function scaleOf(mapping: { kind: 'career-map' | 'role-card' }): RatingScale {
  return mapping.kind === 'role-card' ? 'proficiency' : 'state';
}
