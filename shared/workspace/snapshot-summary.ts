/**
 * The headline figure frozen into a snapshot: how much of the person's target they met at that moment.
 * Stored with the snapshot so history shows what was true then, even if the framework changes later.
 */
import { levelGap } from '../gap/career-map-gap';
import { roleCardGap } from '../gap/role-card-gap';
import type { RatingLookup } from '../gap/area-gap';
import type { PersonMapping } from './mapping';
import type { Person, SnapshotSummary } from './schema';

export function snapshotSummary(mapping: PersonMapping, person: Person, ratings: RatingLookup): SnapshotSummary | undefined {
  if (mapping.kind === 'role-card') {
    const { overall } = roleCardGap(mapping.framework, ratings, person.expectedProficiency);
    return { share: overall.share, rated: overall.rated, total: overall.total };
  }
  if (mapping.kind !== 'career-map' || !mapping.targetLevel) return undefined;
  const gap = levelGap(mapping.track, mapping.targetLevel.id, ratings);
  if (!gap) return undefined;
  return { targetLevelId: mapping.targetLevel.id, share: gap.overall.share, rated: gap.overall.rated, total: gap.overall.total };
}
