/**
 * Finding evidence again, as a brag document needs it: by skill area, by date range, and what is not
 * yet used — entries that support no statement of the target level, so a promotion case would leave
 * them out.
 */
import type { Evidence } from './schema';

export interface EvidenceFilter {
  /** Only entries supporting a statement of this area. */
  areaId?: string | undefined;
  /** Inclusive ISO dates. */
  from?: string | undefined;
  to?: string | undefined;
  /** Only entries that support none of these statements (the target level's). */
  unusedFor?: ReadonlySet<string> | undefined;
}

/** An entry's heading: its title, or for entries recorded before titles, its text's first line. */
export function evidenceTitle(entry: Pick<Evidence, 'title' | 'text'>): string {
  return entry.title?.trim() || entry.text.split('\n')[0]?.trim() || '';
}

/** Whether an entry supports any statement of a set (the target level's): a promotion case uses it. */
export function supportsAny(entry: Pick<Evidence, 'itemIds'>, itemIds: ReadonlySet<string>): boolean {
  return entry.itemIds.some((itemId) => itemIds.has(itemId));
}

export function filterEvidence(evidence: readonly Evidence[], filter: EvidenceFilter, areaOfItem: ReadonlyMap<string, string>): Evidence[] {
  return evidence.filter(
    (entry) =>
      (!filter.areaId || entry.itemIds.some((itemId) => areaOfItem.get(itemId) === filter.areaId)) &&
      (!filter.from || entry.date >= filter.from) &&
      (!filter.to || entry.date <= filter.to) &&
      (!filter.unusedFor || !supportsAny(entry, filter.unusedFor)),
  );
}
