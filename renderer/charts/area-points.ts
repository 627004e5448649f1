/**
 * Percent met by area, one value per series (target and current, or two dates), as the by-area chart
 * draws it: the same rounding as every other percent.
 */
import type { GapSummary } from '../../shared/gap/area-gap';
import { areaPercent } from '../../shared/gap/career-map-gap';
import { notRated, type AreaPercent } from '../../shared/gap/percent';
import type { CategoryPoint } from './chart-types';

/** A point's figure in one series (the point's other field, its area's name, is no figure). */
export function figureOf(point: CategoryPoint, key: string): AreaPercent {
  const value = point[key];
  return typeof value === 'number' || value === notRated ? value : null;
}

/**
 * Chart points for any number of summaries over the same areas; areas empty in all of them are left
 * out, and an area nobody rated yet in a summary is `notRated` there, not 0.
 */
export function areaPoints(summaries: { key: string; summary: GapSummary | undefined }[]): CategoryPoint[] {
  const first = summaries.find((entry) => entry.summary)?.summary;
  if (!first) return [];
  return first.areas.flatMap((_, index) => {
    const point: CategoryPoint = { area: first.areas[index]?.area.name ?? '' };
    let any = false;
    for (const { key, summary } of summaries) {
      const tally = summary?.areas[index]?.tally;
      point[key] = tally ? areaPercent(tally) : null;
      if (tally && tally.total > 0) any = true;
    }
    return any ? [point] : [];
  });
}
