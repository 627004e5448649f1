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
});
