/**
 * How many items are answered, in the same words on the Rate tab, the gap headline and the history:
 * "6 of 6 rated · 1 not applicable". "Not applicable" is an answer, so it counts as rated and is named.
 */

export interface RatedCount {
  /** Applicable items with a rating. */
  rated: number;
  /** Items marked not applicable; unknown for snapshots taken before it was kept. */
  notApplicable?: number | undefined;
  total: number;
}

export function ratedCountText({ rated, notApplicable, total }: RatedCount): string {
  const answered = rated + (notApplicable ?? 0);
  return `${answered} of ${total} rated${notApplicable ? ` · ${notApplicable} not applicable` : ''}`;
}
