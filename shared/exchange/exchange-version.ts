/**
 * An assessment file made with another version of its framework than the workspace has: its ratings
 * and evidence moved onto this version's statements the way an import of the new version moves the
 * workspace's own (import/framework-versions.ts), so a statement added or removed in between does not
 * put them on other statements.
 */
import { listOfId } from '../framework/ids';
import type { Framework } from '../framework/schema';
import { pairByWords } from '../framework/statement-diff';
import { itemWords, itemsOf, setAside, type ItemDestination, type ItemMoves } from '../import/framework-versions';
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
      /** The file's version has this workspace's label but other words in some of its statements. */
      sameLabel?: true;
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

type FileWording = NonNullable<ExchangeContent['framework']['wording']>[number];
type Worded = Pick<FileWording, 'id' | 'text'>;

/** How many pairs of statements are compared word by word at most (about 0.1 s): beyond, the rest count as removed. */
const mostComparisons = 20_000;

/**
 * Where each statement the file carries the words of goes in `framework`, by those words: kept where
 * this version has the same words under its id; moved to the statement worded the same (in the same
 * level first); else marked reworded on this version's statement of the same area most alike in words
 * (at least as alike as a level's rewordings must be); else kept, not shown ("removed"), set aside
 * where this version gives its id to other words. A file made with any version is matched so, also one
 * this workspace never had, and one whose label this workspace uses for other words. `changed` says
 * whether any statement goes elsewhere.
 */
export function movesByWording(wording: readonly FileWording[], framework: Framework): { moves: ItemMoves; changed: boolean } {
  const here = itemsOf(framework);
  const byId = new Map(here.map((item) => [item.id, item]));
  const byWords = new Map<string, typeof here>();
  for (const item of here) {
    const alike = byWords.get(item.words);
    if (alike) alike.push(item);
    else byWords.set(item.words, [item]);
  }
  const taken = new Set<(typeof here)[number]>();
  const destinations = new Map<string, ItemDestination>();

  const sameHere = wording.filter((item) => {
    const same = byId.get(item.id);
    if (same?.words !== itemWords(item)) return false;
    taken.add(same);
    return true;
  });
  const stay = new Set(sameHere);
  let left = wording.filter((item) => !stay.has(item));
  left = left.filter((item) => {
    const found = (byWords.get(itemWords(item)) ?? []).filter((candidate) => !taken.has(candidate));
    const next = found.find((candidate) => listOfId(candidate.id) === listOfId(item.id)) ?? found[0];
    if (!next) return true;
    taken.add(next);
    destinations.set(item.id, { id: next.id });
    return false;
  });
  // Rewordings within an area (never paired with a statement of another area), as far as the budget goes.
  let comparisons = mostComparisons;
  for (const area of new Set(left.map((item) => item.areaId ?? ''))) {
    const from = left.filter((item) => (item.areaId ?? '') === area);
    const to = here.filter((item) => !taken.has(item) && (item.wording.areaId ?? '') === area);
    // An area too large for what is left of the budget is skipped; a smaller one may still fit.
    if (from.length * to.length > comparisons) continue;
    comparisons -= from.length * to.length;
    for (const [next, item] of pairByWords<Worded>(
      from,
      to,
      (entry) => entry.text,
      () => false,
    )) {
      const statement = byId.get(next.id);
      if (statement) taken.add(statement);
      destinations.set(item.id, { id: next.id, recheck: 'reworded' });
    }
  }
  for (const item of left) {
    if (!destinations.has(item.id))
      destinations.set(item.id, byId.has(item.id) ? setAside(item.id, framework.version) : { id: item.id, recheck: 'removed' });
  }
  return {
    moves: {
      destinationOf: (itemId) => destinations.get(itemId),
      leaving: [...destinations].flatMap(([from, { id }]) => (id === from ? [] : [from])),
    },
    changed: destinations.size > 0,
  };
}
