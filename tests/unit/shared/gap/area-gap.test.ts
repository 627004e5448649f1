import { describe, expect, it } from 'vitest';
import { gapByArea, gapList, missing, tallyItems, type GapArea, type GapItem } from '../../../../shared/gap/area-gap';
import type { RatingValue } from '../../../../shared/workspace/schema';

const areas: GapArea[] = [
  { id: 'craft', name: 'Craft' },
  { id: 'people', name: 'People' },
  { id: 'empty', name: 'Empty' },
];
const items: GapItem[] = [
  { id: 'c1', areaId: 'craft' },
  { id: 'c2', areaId: 'craft' },
  { id: 'c3', areaId: 'craft' },
  { id: 'p1', areaId: 'people' },
  { id: 'p2', areaId: 'people' },
];
const ratings = (entries: Record<string, RatingValue>) => new Map(Object.entries(entries));

describe('tallyItems', () => {
  it.each([
    ['nothing rated', {}, { total: 5, notApplicable: 0, rated: 0, unrated: 5, met: 0, share: 0 }],
    [
      'all consistently',
      { c1: 'consistently', c2: 'consistently', c3: 'consistently', p1: 'consistently', p2: 'consistently' },
      { rated: 5, unrated: 0, met: 5, share: 1 },
    ],
    ['partly counts a half', { c1: 'partly', c2: 'consistently' }, { rated: 2, unrated: 3, met: 1.5, share: 0.3 }],
    [
      'not applicable is left out',
      { c1: 'not-applicable', c2: 'consistently' },
      { notApplicable: 1, rated: 1, unrated: 3, met: 1, share: 0.25 },
    ],
    [
      'everything not applicable has nothing to meet',
      { c1: 'not-applicable', c2: 'not-applicable', c3: 'not-applicable', p1: 'not-applicable', p2: 'not-applicable' },
      { notApplicable: 5, rated: 0, unrated: 0, met: 0, share: null },
    ],
  ] as const)('%s', (_name, given, expected) => {
    expect(tallyItems(items, ratings(given))).toMatchObject(expected);
  });

  it('reports unrated items as unrated, not as not yet', () => {
    const tally = tallyItems(items, ratings({ c1: 'not-yet' }));
    expect(tally.rated).toBe(1);
    expect(tally.unrated).toBe(4);
  });

  it('has nothing to say about no items', () => {
    expect(tallyItems([], ratings({}))).toEqual({ total: 0, notApplicable: 0, rated: 0, unrated: 0, met: 0, share: null });
  });
});

describe('gapByArea', () => {
  it('tallies each area and overall, keeping empty areas with an empty tally', () => {
    const summary = gapByArea(areas, items, ratings({ c1: 'consistently', p1: 'partly' }));
    expect(summary.overall.met).toBe(1.5);
    expect(summary.areas.map((entry) => [entry.area.id, entry.tally.share])).toEqual([
      ['craft', 1 / 3],
      ['people', 0.25],
      ['empty', null],
    ]);
  });
});

describe('gapList', () => {
  it('lists what is not consistently met, biggest gap first, with each item’s standing', () => {
    const list = gapList(areas, items, ratings({ c1: 'consistently', c2: 'partly', p1: 'not-yet' }));
    expect(list.map((entry) => [entry.area.id, entry.missing])).toEqual([
      ['people', 2],
      ['craft', 1.5],
    ]);
    expect(list[0]?.entries.map((entry) => [entry.item.id, entry.standing])).toEqual([
      ['p1', 'not-yet'],
      ['p2', 'unrated'],
    ]);
    expect(list[1]?.entries.map((entry) => [entry.item.id, entry.standing])).toEqual([
      ['c2', 'partly'],
      ['c3', 'unrated'],
    ]);
  });

  it('keeps the framework’s order when gaps are equal, and leaves out areas with nothing left', () => {
    const list = gapList(areas, items, ratings({ c1: 'consistently', c2: 'not-applicable', c3: 'not-yet', p1: 'consistently' }));
    expect(list.map((entry) => entry.area.id)).toEqual(['craft', 'people']);
    const done = gapList(areas, items, ratings({ c1: 'consistently', c2: 'consistently', c3: 'not-applicable' }));
    expect(done.map((entry) => entry.area.id)).toEqual(['people']);
  });

  it('is empty when everything is met or not applicable', () => {
    expect(
      gapList(
        areas,
        items,
        ratings({ c1: 'consistently', c2: 'consistently', c3: 'consistently', p1: 'not-applicable', p2: 'consistently' }),
      ),
    ).toEqual([]);
  });
});

describe('missing', () => {
  it('is what is left of the applicable items', () => {
    expect(missing(tallyItems(items, ratings({ c1: 'partly', c2: 'not-applicable' })))).toBe(3.5);
  });
});
