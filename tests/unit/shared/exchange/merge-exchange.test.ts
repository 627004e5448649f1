/**
 * What taking a file in writes, rating by rating: the later one wins, and a rating the file confirms
 * unchanged but later takes the file's date (it was confirmed then), with nothing else written.
 */
import { describe, expect, it } from 'vitest';
import type { ExchangeContent } from '../../../../shared/exchange/exchange-file';
import { planMerge, ratingsToWrite } from '../../../../shared/exchange/merge-exchange';
import type { Rating } from '../../../../shared/workspace/schema';

const personId = 'priya-at-manager';
const frameworkId = 'career-map';

function content(ratings: ExchangeContent['ratings']): ExchangeContent {
  return {
    kind: 'self-assessment',
    exportedAt: '2026-11-20T09:00:00.000Z',
    person: { id: 'priya-at-home', name: 'Priya', knownAs: [] },
    framework: { id: frameworkId, name: 'Career map', version: '1' },
    levels: {},
    ratings,
    evidence: [],
  };
}

const held = (itemId: string, value: Rating['value'], updatedAt: string, rater: Rating['rater'] = 'self'): Rating => ({
  personId,
  frameworkId,
  rater,
  itemId,
  value,
  updatedAt,
});

describe('planning a merge', () => {
  const early = '2026-11-01T09:00:00.000Z';
  const late = '2026-11-10T09:00:00.000Z';

  it('adds, replaces with later ratings, keeps later ones held, and counts the same ones', () => {
    const plan = planMerge(
      content([
        { rater: 'self', itemId: 'a', value: 'partly', updatedAt: late },
        { rater: 'self', itemId: 'b', value: 'partly', updatedAt: early },
        { rater: 'self', itemId: 'c', value: 'consistently', updatedAt: late },
        { rater: 'self', itemId: 'd', value: 'not-yet', updatedAt: early },
      ]),
      personId,
      [
        held('a', 'not-yet', early),
        held('b', 'consistently', late),
        held('d', 'not-yet', early),
        held('a', 'consistently', late, 'manager'),
      ],
      [],
    );
    expect(plan.replaced.map((change) => change.after.itemId)).toEqual(['a']);
    expect(plan.keptNewer.map((change) => change.before.itemId)).toEqual(['b']);
    expect(plan.added.map((rating) => rating.itemId)).toEqual(['c']);
    expect(plan.unchanged).toBe(1);
    expect(plan.redated).toEqual([]);
    expect(ratingsToWrite(plan).map((rating) => `${rating.rater}:${rating.itemId}`)).toEqual(['self:c', 'self:a']);
  });

  it('takes the file’s date for a rating it confirms unchanged later, and never an older date', () => {
    const plan = planMerge(
      content([
        { rater: 'self', itemId: 'a', value: 'not-yet', updatedAt: late },
        { rater: 'self', itemId: 'b', value: 'partly', note: 'same note', updatedAt: early },
      ]),
      personId,
      [held('a', 'not-yet', early), { ...held('b', 'partly', late), note: 'same note' }],
      [],
    );
    expect(plan.unchanged).toBe(2);
    expect(plan.replaced).toEqual([]);
    expect(ratingsToWrite(plan)).toEqual([{ ...held('a', 'not-yet', late) }]);
  });
});
