/**
 * Ratings kept from statements this version of the framework does not have: a new version's import,
 * or an assessment file made with another version, left them without a statement here ("kept, but not
 * shown"). They count nowhere, but what was written on them stays readable, listed apart.
 */
import type { Framework } from '../framework/schema';
import type { Rating } from './schema';

export function keptRatings<Kept extends Pick<Rating, 'itemId' | 'recheck'>>(ratings: Iterable<Kept>, framework: Framework): Kept[] {
  const here = new Set(
    framework.kind === 'role-card'
      ? framework.components.map((component) => component.id)
      : framework.tracks.flatMap((track) => track.levels.flatMap((level) => level.statements.map((statement) => statement.id))),
  );
  return [...ratings].filter((rating) => rating.recheck === 'removed' && !here.has(rating.itemId));
}
