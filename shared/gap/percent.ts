/**
 * How a share becomes the percent people read, on the screen, in the history and in the documents
 * alike: rounded to the nearest whole percent (a half rounds up), and "—" where there is nothing
 * applicable to measure.
 */

/** 0.555 → 56; null (nothing applicable) stays null. */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

/** "56%", or "—" where nothing is applicable or there is no figure at all. */
export function percentText(share: number | null | undefined): string {
  const rounded = percent(share ?? null);
  return rounded === null ? '—' : `${rounded}%`;
}
