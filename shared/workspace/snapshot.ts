/**
 * Freezing a person's ratings into a snapshot: the record history is made of.
 */
import type { RatingLookup } from '../gap/area-gap';
import type { PersonMapping } from './mapping';
import type { Person, Snapshot, SnapshotRatings } from './schema';
import { snapshotSummary } from './snapshot-summary';

export interface SnapshotMoment {
  id: string;
  /** ISO timestamp of the moment it was taken. */
  takenAt: string;
  /** The local calendar day of that moment ("2026-11-23"). */
  date: string;
  trigger: Snapshot['trigger'];
  /** The name the person gave it, kept when the day's automatic snapshot is refreshed. */
  label?: string;
}

export interface FrozenSnapshot {
  snapshot: Snapshot;
  ratings: SnapshotRatings;
}

/** A snapshot's frozen ratings as a lookup, for measuring them like today's. */
export function frozenRatingLookup(frozen: SnapshotRatings['ratings']): RatingLookup {
  return new Map(frozen.map((entry) => [entry.itemId, entry.value]));
}

/** Undefined when the person is not mapped against an available framework: there is nothing to freeze. */
export function buildSnapshot(
  person: Person,
  mapping: PersonMapping,
  ratings: RatingLookup,
  moment: SnapshotMoment,
): FrozenSnapshot | undefined {
  if (mapping.kind !== 'career-map' && mapping.kind !== 'role-card') return undefined;
  const summary = snapshotSummary(mapping, person, ratings);
  if (!summary) return undefined;
  const snapshot: Snapshot = {
    ...moment,
    personId: person.id,
    frameworkId: mapping.framework.id,
    frameworkVersion: mapping.framework.version,
    trackId: mapping.kind === 'career-map' ? mapping.track.id : undefined,
    currentLevelId: mapping.kind === 'career-map' ? mapping.currentLevel?.id : undefined,
    targetLevelId: summary.targetLevelId,
    summary,
  };
  return {
    snapshot,
    ratings: { snapshotId: moment.id, personId: person.id, ratings: [...ratings].map(([itemId, value]) => ({ itemId, value })) },
  };
}
