import { describe, expect, it } from 'vitest';
import { groupByArea, itemsInArea } from '../../../../shared/framework/by-area';

describe('items grouped by area', () => {
  const items = [
    { id: 'a1', areaId: 'a' },
    { id: 'b1', areaId: 'b' },
    { id: 'a2', areaId: 'a' },
    { id: 'c1', areaId: 'c' },
    { id: 'a3', areaId: 'a' },
  ];

  it('keeps every item of an area in the list’s order, and none of another', () => {
    expect(itemsInArea(items, 'a').map((item) => item.id)).toEqual(['a1', 'a2', 'a3']);
    expect(itemsInArea(items, 'c').map((item) => item.id)).toEqual(['c1']);
    expect(itemsInArea(items, 'missing')).toEqual([]);
    expect([...groupByArea(items).keys()]).toEqual(['a', 'b', 'c']);
  });

  it('groups a list once, and another list (a new version of it) afresh', () => {
    expect(groupByArea(items)).toBe(groupByArea(items));
    const next = [...items, { id: 'b2', areaId: 'b' }];
    expect(itemsInArea(next, 'b').map((item) => item.id)).toEqual(['b1', 'b2']);
    expect(itemsInArea(items, 'b').map((item) => item.id)).toEqual(['b1']);
  });
});
