import { describe, expect, it } from 'vitest';
import { areaPoints } from '../../../../renderer/charts/area-points';

describe('areaPoints', () => {
  it('leaves out areas empty in every series and keeps nulls for nothing applicable', () => {
    const areas = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ];
    const tally = (total: number, share: number | null) => ({ total, notApplicable: 0, rated: total, unrated: 0, met: 0, share });
    const summary = (first: ReturnType<typeof tally>, second: ReturnType<typeof tally>) => ({
      overall: first,
      areas: [
        { area: areas[0] ?? { id: '', name: '' }, tally: first },
        { area: areas[1] ?? { id: '', name: '' }, tally: second },
      ],
    });
    expect(
      areaPoints([
        { key: 'before', summary: summary(tally(2, 0.5), tally(0, null)) },
        { key: 'after', summary: summary(tally(2, 1), tally(0, null)) },
      ]),
    ).toEqual([{ area: 'A', before: 50, after: 100 }]);
    expect(areaPoints([{ key: 'x', summary: undefined }])).toEqual([]);
  });

  it('says "not rated" for an area with something to meet that nobody rated yet, never 0', () => {
    const area = (name: string, tally: { total: number; notApplicable: number; rated: number; met: number }) => ({
      area: { id: name, name },
      tally: {
        ...tally,
        unrated: tally.total - tally.notApplicable - tally.rated,
        share: tally.met / (tally.total - tally.notApplicable || NaN) || 0,
      },
    });
    const nobody = area('Nobody rated', { total: 3, notApplicable: 0, rated: 0, met: 0 });
    const notYet = area('Rated not yet', { total: 3, notApplicable: 0, rated: 3, met: 0 });
    const oneNotApplicable = area('One not applicable', { total: 3, notApplicable: 1, rated: 0, met: 0 });
    const summary = { overall: nobody.tally, areas: [nobody, notYet, oneNotApplicable] };
    expect(areaPoints([{ key: 'target', summary }])).toEqual([
      { area: 'Nobody rated', target: 'not rated' },
      { area: 'Rated not yet', target: 0 },
      // Marked not applicable is an answer: the rest of that area is simply not met yet.
      { area: 'One not applicable', target: 0 },
    ]);
  });
});
