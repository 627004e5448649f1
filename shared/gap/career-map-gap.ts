/**
 * Gaps on a career-map track: against one level, along the whole ladder, and the level the ratings
 * suggest.
 */
import { findLevel, levelsInOrder } from '../framework/career-map';
import type { Level, Track } from '../framework/schema';
import { gapByArea, tallyItems, type GapSummary, type RatingLookup, type Tally } from './area-gap';

/**
 * A level counts as met when at least this share of its applicable statements is met. 0.8 leaves room
 * for a statement or two still in progress without calling the level out of reach.
 */
export const levelMetThreshold = 0.8;

export function levelGap(track: Track, levelId: string, ratings: RatingLookup): GapSummary | undefined {
  const level = findLevel(track, levelId);
  return level ? gapByArea(track.areas, level.statements, ratings) : undefined;
}

export interface LadderRung {
  level: Level;
  tally: Tally;
}

/** Every level's progress, most junior first. */
export function ladderProgress(track: Track, ratings: RatingLookup): LadderRung[] {
  return levelsInOrder(track).map((level) => ({ level, tally: tallyItems(level.statements, ratings) }));
}

export function isLevelMet(tally: Tally, threshold = levelMetThreshold): boolean {
  return tally.share !== null && tally.share >= threshold;
}

/**
 * The highest level met at or above the threshold with every level below it met too. Levels with
 * nothing applicable (no statements, or all "not applicable") neither count nor block. Unrated
 * statements are not met, so a level nobody rated is never suggested. Undefined when no level is met.
 * This is a suggestion shown next to the level the person chose, never a replacement for it.
 */
export function suggestLevel(track: Track, ratings: RatingLookup, threshold = levelMetThreshold): Level | undefined {
  let suggested: Level | undefined;
  for (const { level, tally } of ladderProgress(track, ratings)) {
    if (tally.share === null) continue;
    if (!isLevelMet(tally, threshold)) break;
    suggested = level;
  }
  return suggested;
}
