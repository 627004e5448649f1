/**
 * The headline figure frozen into a snapshot: how much of the person's target they met at that moment.
 * Stored with the snapshot so history shows what was true then, even if the framework changes later.
 */
import type { RatingLookup } from '../gap/area-gap';
import { targetGap, targetLevelId } from '../gap/target-gap';
import type { PersonMapping } from './mapping';
import type { Person, SnapshotSummary } from './schema';

export function snapshotSummary(mapping: PersonMapping, person: Person, ratings: RatingLookup): SnapshotSummary | undefined {
  if (mapping.kind !== 'career-map' && mapping.kind !== 'role-card') return undefined;
  const gap = targetGap(mapping, person, ratings);
  if (!gap) return undefined;
  const { share, rated, notApplicable, total } = gap.overall;
  const summary = { share, rated, notApplicable, total };
  return mapping.kind === 'role-card' ? summary : { targetLevelId: targetLevelId(mapping), ...summary };
}
