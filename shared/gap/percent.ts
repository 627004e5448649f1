/**
 * How a share becomes the percent people read, on the screen, in the history and in the documents
 * alike: rounded to the nearest whole percent (a half rounds up), and "—" where there is nothing
 * applicable to measure.
 */

/** What an area's figure is where it has something to meet that nobody rated yet: never 0 %. */
export const notRated = 'not rated';

/** An area's figure as people read it: a percent, `notRated`, or null where nothing applies. */
export type AreaPercent = number | null | typeof notRated;

/** An area's figure as text: "56%", "not rated", or "—" where nothing applies. */
export function areaPercentText(figure: AreaPercent): string {
  return figure === null ? '—' : figure === notRated ? notRated : `${figure}%`;
}

/** 0.555 → 56; null (nothing applicable) stays null. */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

/** "56%", or "—" where nothing is applicable or there is no figure at all. */
export function percentText(share: number | null | undefined): string {
  const rounded = percent(share ?? null);
  return rounded === null ? '—' : `${rounded}%`;
}
