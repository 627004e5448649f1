/**
 * What a person is mapped against, resolved from the frameworks at hand: the track and levels of a
 * career map, or a role card — or the plain fact that their framework is gone.
 */
import { findLevel, levelsInOrder, nextLevel } from '../framework/career-map';
import type { CareerMap, Framework, Level, RoleCard, Track } from '../framework/schema';
import type { Person } from './schema';

export type PersonMapping =
  | { kind: 'unmapped' }
  /** The framework (or its track) was removed; the person's ratings are kept but cannot be shown against it. */
  | { kind: 'missing-framework'; frameworkId: string; trackId?: string | undefined }
  | { kind: 'career-map'; framework: CareerMap; track: Track; currentLevel?: Level | undefined; targetLevel?: Level | undefined }
  | { kind: 'role-card'; framework: RoleCard };

/** A person mapped against a framework at hand: what the gaps, the history and the documents measure. */
export type MappedTo = Extract<PersonMapping, { kind: 'career-map' | 'role-card' }>;

/**
 * The level a person aims for: the one they chose, else the next above their current level, else —
 * with no current level yet — the first rung. Undefined only at the top of the ladder.
 */
export function targetLevelOf(track: Track, person: Pick<Person, 'currentLevelId' | 'targetLevelId'>): Level | undefined {
  const chosen = person.targetLevelId ? findLevel(track, person.targetLevelId) : undefined;
  if (chosen) return chosen;
  if (person.currentLevelId && findLevel(track, person.currentLevelId)) return nextLevel(track, person.currentLevelId);
  return levelsInOrder(track)[0];
}

export function resolveMapping(frameworks: readonly Framework[], person: Person): PersonMapping {
  if (!person.target) return { kind: 'unmapped' };
  const { frameworkId, trackId } = person.target;
  const framework = frameworks.find((candidate) => candidate.id === frameworkId);
  if (!framework) return { kind: 'missing-framework', frameworkId, trackId };
  if (framework.kind === 'role-card') return { kind: 'role-card', framework };
  const track = framework.tracks.find((candidate) => candidate.id === trackId);
  if (!track) return { kind: 'missing-framework', frameworkId, trackId };
  const currentLevel = person.currentLevelId ? findLevel(track, person.currentLevelId) : undefined;
  return { kind: 'career-map', framework, track, currentLevel, targetLevel: targetLevelOf(track, person) };
}
