/**
 * The plain data the charts draw; computed by the features, so screen and documents share one source.
 */
export interface SeriesSpec {
  key: string;
  label: string;
}

/**
 * One category (an area) with a value per series: in percent 0–100, "not rated" (`notRated`, nobody
 * rated it yet), or null for "nothing to measure" (nothing applicable).
 */
export interface CategoryPoint {
  area: string;
  [series: string]: string | number | null;
}

export interface LadderBar {
  level: string;
  percent: number | null;
  /** Nobody rated anything at this level yet: "not rated", never drawn as 0%. */
  notRated: boolean;
  isTarget: boolean;
  isCurrent: boolean;
}

export interface TrajectoryPoint {
  /** ISO date of the snapshot. */
  date: string;
  label: string;
  percent: number | null;
}
