/**
 * Gaps over any set of rated items grouped into areas: the shared core of career-map levels and role
 * cards alike.
 */
import type { Proficiency, RatingValue } from '../workspace/schema';
import { itemsInArea } from '../framework/by-area';
import { scoreOf, type ItemScore } from './score';

export interface GapItem {
  id: string;
  areaId: string;
}

export interface GapArea {
  id: string;
  name: string;
}

export type RatingLookup = ReadonlyMap<string, RatingValue>;

export interface Tally {
  /** Every item, applicable or not. */
  total: number;
  notApplicable: number;
  /** Applicable items that have a rating. */
  rated: number;
  /** Applicable items nobody has rated yet. */
  unrated: number;
  /** The sum of scores: consistently met counts 1, partly ½. */
  met: number;
  /**
   * met ÷ applicable items (unrated ones included, as they are not met yet either way, but they are
   * counted and shown as unrated). null when nothing is applicable: there is nothing to meet.
   */
  share: number | null;
}

export function tallyItems(items: readonly GapItem[], ratings: RatingLookup, expectation?: Proficiency): Tally {
  let notApplicable = 0;
  let rated = 0;
  let unrated = 0;
  let met = 0;
  for (const item of items) {
    const score = scoreOf(ratings.get(item.id), expectation);
    if (score === 'not-applicable') notApplicable += 1;
    else if (score === 'unrated') unrated += 1;
    else {
      rated += 1;
      met += score;
    }
  }
  const applicable = items.length - notApplicable;
  return { total: items.length, notApplicable, rated, unrated, met, share: applicable === 0 ? null : met / applicable };
}

/** How many applicable items are left to meet: the size of a gap. */
export function missing(tally: Tally): number {
  return tally.total - tally.notApplicable - tally.met;
}

export interface AreaGap {
  area: GapArea;
  tally: Tally;
}

export interface GapSummary {
  overall: Tally;
  /** Every area in the given order, including ones without items here (their tally is empty). */
  areas: AreaGap[];
}

export function gapByArea(
  areas: readonly GapArea[],
  items: readonly GapItem[],
  ratings: RatingLookup,
  expectation?: Proficiency,
): GapSummary {
  return {
    overall: tallyItems(items, ratings, expectation),
    areas: areas.map((area) => ({
      area,
      tally: tallyItems(itemsInArea(items, area.id), ratings, expectation),
    })),
  };
}

export interface GapListEntry<T extends GapItem> {
  item: T;
  /** Where the item stands: partly met, not yet met, or not rated at all. */
  standing: 'partly' | 'not-yet' | 'unrated';
}

export interface GapListArea<T extends GapItem> {
  area: GapArea;
  /** Applicable items of the area left to meet (partly met counts ½). */
  missing: number;
  entries: GapListEntry<T>[];
}

function standingOf(score: ItemScore): GapListEntry<GapItem>['standing'] | null {
  if (score === 'unrated') return 'unrated';
  if (score === 'not-applicable' || score >= 1) return null;
  return score > 0 ? 'partly' : 'not-yet';
}

/**
 * What is not yet consistently met, by area, the areas with the most left to do first (ties keep the
 * framework's order). Areas with nothing left are left out.
 */
export function gapList<T extends GapItem>(
  areas: readonly GapArea[],
  items: readonly T[],
  ratings: RatingLookup,
  expectation?: Proficiency,
): GapListArea<T>[] {
  const result = areas.map((area, order) => {
    const inArea = itemsInArea(items, area.id);
    const entries = inArea.flatMap((item): GapListEntry<T>[] => {
      const standing = standingOf(scoreOf(ratings.get(item.id), expectation));
      return standing ? [{ item, standing }] : [];
    });
    return { area, order, missing: missing(tallyItems(inArea, ratings, expectation)), entries };
  });
  return result
    .filter((entry) => entry.entries.length > 0)
    .sort((a, b) => b.missing - a.missing || a.order - b.order)
    .map(({ area, missing: left, entries }) => ({ area, missing: left, entries }));
}
