/**
 * Items grouped by their area, once per list: the gap figures, the career map's matrix, the level
 * changes and the rating list all ask "what is in this area?" for every area, and filtering the whole
 * list for each one grows with areas × items. Lists are never changed in place (frameworks are
 * parsed data, item lists are rebuilt when they change), so the grouping is kept per list object.
 */
const groupings = new WeakMap<readonly { areaId: string }[], ReadonlyMap<string, readonly { areaId: string }[]>>();

const none: readonly never[] = [];

/** The items of `items` in area `areaId`, in their order (empty when there are none). */
export function itemsInArea<Item extends { areaId: string }>(items: readonly Item[], areaId: string): readonly Item[] {
  return (groupByArea(items).get(areaId) ?? none) as readonly Item[];
}

/** Every area's items, in their order; computed once per list. */
export function groupByArea<Item extends { areaId: string }>(items: readonly Item[]): ReadonlyMap<string, readonly Item[]> {
  const known = groupings.get(items);
  if (known) return known as ReadonlyMap<string, readonly Item[]>;
  const grouped = new Map<string, Item[]>();
  for (const item of items) {
    const list = grouped.get(item.areaId);
    if (list) list.push(item);
    else grouped.set(item.areaId, [item]);
  }
  groupings.set(items, grouped);
  return grouped;
}
