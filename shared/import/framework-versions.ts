/**
 * What changes between two versions of one framework, item by item (statements of a career map,
 * components of a role card), and where each item's ratings, evidence and goals go in the new version.
 *
 * Ids are positional (framework/ids.ts), so a statement inserted in the middle of a level moves the
 * ids of those after it along. Items are therefore matched by their words before their ids: an item
 * worded the same keeps what it has wherever it now sits (moved, found in order within a level by the
 * `diff` library's array diff, Myers' algorithm); what is left between two such items is paired as
 * rewordings, in place or by the words they share (pairRewordings); the rest was removed or added.
 */
import { diffArrays } from 'diff';
import type { Framework } from '../framework/schema';
import { pairByWords } from '../framework/statement-diff';

/** An item of the earlier version and the one of the new version it carries on as. */
export interface ItemMove {
  from: string;
  to: string;
}

export interface VersionChanges {
  /** The same words under the same id. */
  unchanged: string[];
  /**
   * The same words under another id: an item inserted or removed before it moved the ids along (to the
   * person, unchanged), or it moved to another level or category (`elsewhere`).
   */
  moved: (ItemMove & { elsewhere?: true })[];
  /** Other words in the item's place (under its id, or the id it moved to). */
  reworded: ItemMove[];
  removed: string[];
  added: string[];
}

/** An item of a version as two versions are compared: by its words, within its list. */
export interface VersionItem {
  id: string;
  /** What two versions must share for the item to be the same (itemWords). */
  words: string;
  /** Its words alone, to compare rewordings by. */
  text: string;
  /** The list it is one of, in order: a level's statements of one category, or a role card's components of one type. */
  list: string;
}
type Item = VersionItem;

/**
 * An item as its words and place say it: a statement with its area and skill, or a role card's
 * component (words only); and the list it counts in (track, level and category; or type).
 */
export interface ItemWording {
  id: string;
  text: string;
  areaId?: string;
  skillName?: string;
  list: string[];
}

/**
 * What two versions must share for an item to be the same: a statement's area, skill name and words (the
 * area too: Snowflake words statements of several areas alike, and each keeps its own ratings), a role
 * card's component's words.
 */
function itemWords(item: Pick<ItemWording, 'text' | 'areaId' | 'skillName'>): string {
  return item.areaId === undefined ? item.text : `${item.areaId}\u0000${item.skillName ?? ''}\u0000${item.text}`;
}

/** An item as a comparison of versions takes it, from its wording. */
export function itemOfWording(wording: ItemWording): VersionItem {
  return { id: wording.id, words: itemWords(wording), text: wording.text, list: JSON.stringify(wording.list) };
}

/** Every item of a framework, in order, with its words and list: the statements of every level, or the components. */
export function itemWordings(framework: Framework): ItemWording[] {
  if (framework.kind === 'role-card') {
    return framework.components.map((component) => ({ id: component.id, text: component.text, list: [component.type] }));
  }
  return framework.tracks.flatMap((track) =>
    track.levels.flatMap((level) =>
      level.statements.map((statement) => ({
        id: statement.id,
        text: statement.text,
        areaId: statement.areaId,
        ...(statement.skillName === undefined ? {} : { skillName: statement.skillName }),
        list: [track.id, level.id, statement.category],
      })),
    ),
  );
}

export function itemsOf(framework: Framework): Item[] {
  return itemWordings(framework).map(itemOfWording);
}

/**
 * A list's items aligned by the longest run of wordings both versions share in order; past this many
 * differences in one list (a level rewritten whole) its items are paired by id and order only.
 */
const maxListEdits = 200;

interface Stretch {
  before: Item[];
  after: Item[];
}

/**
 * Aligns one list of the earlier version with the same list of the new one: items worded the same are
 * moved (or unchanged) in `pairs`; what lies between them goes into stretches, to be paired later.
 */
function alignList(before: Item[], after: Item[], pairs: Map<Item, Item>): Stretch[] {
  const changes = diffArrays(
    before.map((item) => item.words),
    after.map((item) => item.words),
    { maxEditLength: maxListEdits },
  );
  if (!changes) return [{ before, after }];
  const stretches: Stretch[] = [];
  let open: Stretch | undefined;
  let atBefore = 0;
  let atAfter = 0;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      for (let offset = 0; offset < change.count; offset += 1) {
        const from = before[atBefore + offset];
        const to = after[atAfter + offset];
        if (from && to) pairs.set(from, to);
      }
      atBefore += change.count;
      atAfter += change.count;
      open = undefined;
      continue;
    }
    if (!open) stretches.push((open = { before: [], after: [] }));
    if (change.removed) {
      open.before.push(...before.slice(atBefore, atBefore + change.count));
      atBefore += change.count;
    } else {
      open.after.push(...after.slice(atAfter, atAfter + change.count));
      atAfter += change.count;
    }
  }
  return stretches;
}

function groupByList(items: readonly Item[]): Map<string, Item[]> {
  const lists = new Map<string, Item[]>();
  for (const item of items) {
    const list = lists.get(item.list);
    if (list) list.push(item);
    else lists.set(item.list, [item]);
  }
  return lists;
}

/** Items of either side worded as no other item of that side is, by their words. */
function uniqueByWords(items: Iterable<Item>): Map<string, Item> {
  const byWords = new Map<string, Item | null>();
  for (const item of items) byWords.set(item.words, byWords.has(item.words) ? null : item);
  return new Map([...byWords].flatMap(([words, item]) => (item ? [[words, item] as const] : [])));
}

/** Past this many items on either side, a stretch is paired in order rather than by words in common. */
const mostComparedRewordings = 30;
/**
 * How many pairs of wordings a comparison of two versions compares in all (under a second's worth at
 * most): past it, stretches are paired in order (a 20,000-statement framework reworded throughout).
 */
const mostComparisons = 10_000;

/**
 * The rewordings among what is left between two items that kept their words. As many on each side:
 * each rewords the one in its place. Otherwise by the words they share, as a level's changes pair them
 * (pairByWords). A stretch too long to compare pair by pair is paired in order.
 */
function pairRewordings(from: readonly Item[], to: readonly Item[], budget: { comparisons: number }): Map<Item, Item> {
  const comparisons = from.length * to.length;
  if (
    from.length === to.length ||
    from.length > mostComparedRewordings ||
    to.length > mostComparedRewordings ||
    comparisons > budget.comparisons
  ) {
    const pairs = new Map<Item, Item>();
    for (let at = 0; at < Math.min(from.length, to.length); at += 1) {
      const [item, next] = [from[at], to[at]];
      if (item && next) pairs.set(item, next);
    }
    return pairs;
  }
  budget.comparisons -= comparisons;
  return new Map([...pairByWords(from, to, (item) => item.text)].map(([next, item]) => [item, next]));
}

export function compareVersions(previous: Framework, next: Framework): VersionChanges {
  return compareItems(itemsOf(previous), itemsOf(next));
}

/** What changes between two versions given by their items (compareVersions), in their order. */
export function compareItems(before: readonly Item[], after: readonly Item[]): VersionChanges {
  /** Earlier item → the new item it carries on as. */
  const pairs = new Map<Item, Item>();
  const afterLists = groupByList(after);
  const stretches = [...groupByList(before)].flatMap(([list, items]) => alignList(items, afterLists.get(list) ?? [], pairs));
  // Lists only the new version has are stretches of their own.
  const beforeLists = new Set(before.map((item) => item.list));
  for (const [list, items] of afterLists) if (!beforeLists.has(list)) stretches.push({ before: [], after: items });

  // An item worded as no other is, found in another list (moved to another level): the same item.
  const carried = new Set(pairs.values());
  const leftBefore = uniqueByWords(stretches.flatMap((stretch) => stretch.before));
  const leftAfter = uniqueByWords(stretches.flatMap((stretch) => stretch.after));
  for (const [words, from] of leftBefore) {
    const to = leftAfter.get(words);
    if (to && !carried.has(to)) {
      pairs.set(from, to);
      carried.add(to);
    }
  }

  // What is left between two items that kept their words: rewordings, paired by their words in common.
  const reworded = new Map<Item, Item>();
  const budget = { comparisons: mostComparisons };
  for (const stretch of stretches) {
    const from = stretch.before.filter((item) => !pairs.has(item));
    const to = stretch.after.filter((item) => !carried.has(item));
    for (const [item, next] of pairRewordings(from, to, budget)) {
      reworded.set(item, next);
      carried.add(next);
    }
  }

  const changes: VersionChanges = { unchanged: [], moved: [], reworded: [], removed: [], added: [] };
  for (const item of before) {
    const same = pairs.get(item);
    const other = reworded.get(item);
    if (same?.id === item.id) changes.unchanged.push(item.id);
    else if (same) changes.moved.push({ from: item.id, to: same.id, ...(same.list === item.list ? {} : { elsewhere: true as const }) });
    else if (other) changes.reworded.push({ from: item.id, to: other.id });
    else changes.removed.push(item.id);
  }
  for (const item of after) if (!carried.has(item)) changes.added.push(item.id);
  return changes;
}

/** Where an item's ratings, evidence and goals go, and the re-check its ratings get. */
export interface ItemDestination {
  id: string;
  recheck?: 'reworded' | 'removed';
}

export interface ItemMoves {
  /** Where what is on the item `itemId` goes in the new version; undefined where it stays as it is. */
  destinationOf(itemId: string): ItemDestination | undefined;
  /** Every item id whose ratings, evidence and goals go elsewhere: to find them by. */
  leaving: string[];
}

/** Where what is on a removed item is kept when `version` gives its id to another item: never shown against other words. */
function setAside(id: string, version: string): ItemDestination {
  return { id: `${id} (before version ${version})`, recheck: 'removed' };
}

/**
 * Where what is on each item of the earlier version goes in the new one. A removed item keeps its id,
 * unless the new version gives that id to another item; then, as for what an even earlier version
 * removed and a new item now takes the id of, it is set aside under the id and the new version's label
 * ("web.W1.skill.3 (before version 2026)"): kept, and never shown against other words.
 */
export function itemMoves(changes: VersionChanges, previous: Framework, next: Framework): ItemMoves {
  return movesBetween(
    changes,
    itemsOf(previous).map((item) => item.id),
    itemsOf(next).map((item) => item.id),
    next.version,
  );
}

/** itemMoves, for two versions given by their items' ids and the new version's label. */
export function movesBetween(
  changes: VersionChanges,
  beforeIds: readonly string[],
  afterIds: readonly string[],
  version: string,
): ItemMoves {
  const before = new Set(beforeIds);
  const after = new Set(afterIds);
  const aside = (id: string): ItemDestination => setAside(id, version);
  const destinations = new Map<string, ItemDestination>();
  for (const { from, to } of changes.moved) destinations.set(from, { id: to });
  for (const { from, to } of changes.reworded) destinations.set(from, { id: to, recheck: 'reworded' });
  for (const id of changes.removed) destinations.set(id, after.has(id) ? aside(id) : { id, recheck: 'removed' });
  const taken = [...after].filter((id) => !before.has(id));
  return {
    destinationOf: (itemId) => destinations.get(itemId) ?? (!before.has(itemId) && after.has(itemId) ? aside(itemId) : undefined),
    leaving: [...new Set([...[...destinations].flatMap(([from, { id }]) => (id === from ? [] : [from])), ...taken])],
  };
}

/** JSON with every object's keys sorted, so two parsers' key orders cannot make equal data differ. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Two frameworks hold the same content when everything but where the file came from and its version
 * label is the same: the CSV, its semicolon copy and an exported JSON of one ladder are one version,
 * whatever files they were read from.
 */
export function isSameContent(a: Framework, b: Framework): boolean {
  return canonicalJson({ ...a, source: undefined, version: undefined }) === canonicalJson({ ...b, source: undefined, version: undefined });
}

/**
 * The version label a new import is stored under: the file's own, unless an earlier import already
 * used that label for different content — then a revision number keeps snapshots' references apart.
 */
export function versionLabel(next: Pick<Framework, 'version'>, earlierLabels: readonly string[], revision: number): string {
  return earlierLabels.includes(next.version) ? `${next.version} (revision ${revision})` : next.version;
}
