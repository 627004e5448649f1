/**
 * Gaps on a career-map track: against one level, along the whole ladder, and the level the ratings
 * suggest.
 */
import { findLevel, levelsInOrder } from '../framework/career-map';
import type { Level, Track } from '../framework/schema';
import { gapByArea, tallyItems, type GapSummary, type RatingLookup, type Tally } from './area-gap';
import { notRated, percent, type AreaPercent } from './percent';

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

/** Whether anyone rated any statement of a level (or marked one not applicable). */
export function isLevelRated(tally: Tally): boolean {
  return tally.rated + tally.notApplicable > 0;
}

/**
 * A level or area with something to meet that nobody rated yet: "not rated", never 0 % met (README,
 * How gaps are counted). One with nothing applicable is not this: it has nothing to measure ("—").
 */
export function isNotRatedYet(tally: Tally): boolean {
  return tally.share !== null && !isLevelRated(tally);
}

/** An area's percent met, or "not rated" where nobody rated it yet, for the charts and the team heatmap alike. */
export function areaPercent(tally: Tally): AreaPercent {
  return isNotRatedYet(tally) ? notRated : percent(tally.share);
}

export interface LevelSuggestion {
  /** The highest level met with every level below it met too; undefined when there is none. */
  suggested: Level | undefined;
  /** The level that stops the suggestion going higher, and why; undefined when it reaches the top. */
  stoppedAt?: { level: Level; reason: 'not-rated' | 'below-threshold'; tally: Tally } | undefined;
  /** Levels below the suggestion nobody rated, counted as met because the person asked for it. */
  assumedMet: Level[];
  /** The highest level met at the threshold on its own, whatever lies below it: what the explanation points at. */
  highestMet?: { level: Level; tally: Tally } | undefined;
}

export interface SuggestionOptions {
  threshold?: number;
  /**
   * Count levels nobody rated as met when a level above them is met: someone at L4 rarely rates L1
   * and L2 first. Levels rated and not met still stop the suggestion.
   */
  countUnratedBelowAsMet?: boolean;
}

/**
 * The level the ratings suggest, with why it goes no higher: the highest level met at or above the
 * threshold with every level below it met too. Levels with nothing applicable (no statements, or all
 * "not applicable") neither count nor block. Unrated statements are not met, so a level nobody rated
 * is never suggested, and blocks the levels above it unless asked to count it as met.
 * This is a suggestion shown next to the level the person chose, never a replacement for it.
 */
export function levelSuggestion(track: Track, ratings: RatingLookup, options: SuggestionOptions = {}): LevelSuggestion {
  const { threshold = levelMetThreshold, countUnratedBelowAsMet = false } = options;
  const ladder = ladderProgress(track, ratings);
  let highestMet: LevelSuggestion['highestMet'];
  for (const rung of ladder) if (isLevelMet(rung.tally, threshold)) highestMet = rung;
  let suggested: Level | undefined;
  const assumedMet: Level[] = [];
  let unratedRun: LadderRung[] = [];
  for (const rung of ladder) {
    if (rung.tally.share === null) continue;
    if (!isLevelRated(rung.tally)) {
      if (!countUnratedBelowAsMet) return { suggested, stoppedAt: { ...rung, reason: 'not-rated' }, assumedMet, highestMet };
      unratedRun.push(rung);
      continue;
    }
    if (!isLevelMet(rung.tally, threshold)) return { suggested, stoppedAt: { ...rung, reason: 'below-threshold' }, assumedMet, highestMet };
    assumedMet.push(...unratedRun.map((entry) => entry.level));
    unratedRun = [];
    suggested = rung.level;
  }
  const [firstUnrated] = unratedRun;
  return { suggested, stoppedAt: firstUnrated ? { ...firstUnrated, reason: 'not-rated' } : undefined, assumedMet, highestMet };
}

/** The suggested level alone (see levelSuggestion). */
export function suggestLevel(track: Track, ratings: RatingLookup, threshold = levelMetThreshold): Level | undefined {
  return levelSuggestion(track, ratings, { threshold }).suggested;
}
