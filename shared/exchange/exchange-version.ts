/**
 * An assessment file made with another version of its framework than the workspace has: its ratings
 * and evidence moved onto this version's statements the way an import of the new version moves the
 * workspace's own (import/framework-versions.ts), so a statement added or removed in between does not
 * put them on other statements.
 */
import type { Framework } from '../framework/schema';
import {
  compareItems,
  itemOfWording,
  itemsOf,
  movesBetween,
  type ItemMoves,
  type ItemWording,
  type VersionItem,
} from '../import/framework-versions';
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
      /** The file's version has this workspace's label, but not all of its words and places. */
      sameLabel?: true;
      /** Ratings moved with their statement to another place. */
      moved: number;
      /** Ratings on statements this version rewords: marked for a re-check. */
      reworded: number;
      /** Ratings on statements this version does not have: kept, not shown. */
      removed: number;
      /** Evidence entries' tags of statements this version does not have: kept, not shown. */
      tagsNotShown: number;
    };

/** The file's content with its ratings and evidence on this version's statements, and what moved. */
export function contentInVersion(
  content: ExchangeContent,
  moves: ItemMoves,
  version: string,
): { content: ExchangeContent; match: Extract<VersionMatch, { kind: 'matched' }> } {
  const match = {
    kind: 'matched' as const,
    fileVersion: content.framework.version,
    version,
    moved: 0,
    reworded: 0,
    removed: 0,
    tagsNotShown: 0,
  };
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
    itemIds: entry.itemIds.map((itemId) => {
      const destination = moves.destinationOf(itemId);
      if (destination?.recheck === 'removed') match.tagsNotShown += 1;
      return destination?.id ?? itemId;
    }),
  }));
  return { content: { ...content, framework: { ...content.framework, version }, ratings, evidence }, match };
}

/**
 * The file's content matched by the words of the sender's version, which the file carries: as an
 * import of a new version matches the workspace's own ratings (import/framework-versions.ts), whatever
 * version the file was made with, also one this workspace never had or one whose label this workspace
 * uses for other words. The same as the file where nothing it rates or tags goes elsewhere.
 */
export function matchByWording(
  content: ExchangeContent,
  wording: readonly ItemWording[],
  framework: Framework,
): { content: ExchangeContent; match: VersionMatch } {
  const before = wording.map(itemOfWording);
  const after = itemsOf(framework);
  const ids = (items: readonly VersionItem[]) => items.map((item) => item.id);
  const moves = movesBetween(compareItems(before, after), ids(before), ids(after), framework.version);
  const used = [...content.ratings.map((rating) => rating.itemId), ...content.evidence.flatMap((entry) => entry.itemIds)];
  if (!used.some((itemId) => moves.destinationOf(itemId))) return { content, match: { kind: 'same' } };
  const matched = contentInVersion(content, moves, framework.version);
  if (framework.version !== content.framework.version) return matched;
  return { ...matched, match: { ...matched.match, sameLabel: true } };
}
