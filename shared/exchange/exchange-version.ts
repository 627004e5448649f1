/**
 * An assessment file made with another version of its framework than the workspace has: its ratings
 * and evidence moved onto this version's statements the way an import of the new version moves the
 * workspace's own (import/framework-versions.ts), so a statement added or removed in between does not
 * put them on other statements.
 */
import type { ItemMoves } from '../import/framework-versions';
import type { ExchangeContent } from './exchange-file';

/** How a file's ratings were matched to this workspace's version of the framework. */
export type VersionMatch =
  | { kind: 'same' }
  /** The file's version is not here to compare with: ratings are taken in by each statement's place. */
  | { kind: 'unmatched'; fileVersion: string; version: string }
  | {
      kind: 'matched';
      fileVersion: string;
      version: string;
      /** Ratings moved with their statement to another place. */
      moved: number;
      /** Ratings on statements this version rewords: marked for a re-check. */
      reworded: number;
      /** Ratings on statements this version no longer has: kept, not shown. */
      removed: number;
    };

/** The file's content with its ratings and evidence on this version's statements, and what moved. */
export function contentInVersion(
  content: ExchangeContent,
  moves: ItemMoves,
  version: string,
): { content: ExchangeContent; match: Extract<VersionMatch, { kind: 'matched' }> } {
  const match = { kind: 'matched' as const, fileVersion: content.framework.version, version, moved: 0, reworded: 0, removed: 0 };
  const ratings = content.ratings.map((rating) => {
    const destination = moves.destinationOf(rating.itemId);
    if (!destination) return rating;
    if (destination.recheck === 'reworded') match.reworded += 1;
    else if (destination.recheck === 'removed') match.removed += 1;
    else match.moved += 1;
    return { ...rating, itemId: destination.id, ...(destination.recheck ? { recheck: destination.recheck } : {}) };
  });
  const evidence = content.evidence.map((entry) => ({
    ...entry,
    itemIds: entry.itemIds.map((itemId) => moves.destinationOf(itemId)?.id ?? itemId),
  }));
  return { content: { ...content, framework: { ...content.framework, version }, ratings, evidence }, match };
}
