import { describe, expect, it } from 'vitest';
import { ladderProgress, levelGap, levelSuggestion, suggestLevel } from '../../../../shared/gap/career-map-gap';
import type { RatingValue } from '../../../../shared/workspace/schema';
import { level, statement, track } from '../framework/framework-fixtures';

// Five statements per level make the 0.8 threshold easy to reason about: 4 of 5 met is enough.
const five = (levelId: string) =>
  ['a', 'b', 'c', 'd', 'e'].map((suffix, index) =>
    statement(`${levelId}${suffix}`, index < 3 ? 'craft' : 'people', `${levelId} ${suffix}`),
  );
const ladder = track([level('L1', 1, five('L1')), level('L2', 2, five('L2')), level('L3', 3, []), level('L4', 4, five('L4'))]);

function rate(levelId: string, values: RatingValue[]): [string, RatingValue][] {
  return values.map((value, index) => [`${levelId}${'abcde'[index]}`, value]);
}
const all = (levelId: string, value: RatingValue) => rate(levelId, [value, value, value, value, value]);

describe('suggestLevel', () => {
  it.each<[string, [string, RatingValue][], string | undefined]>([
    ['nothing rated', [], undefined],
    ['L1 fully met', all('L1', 'consistently'), 'L1'],
    ['L1 met at exactly 80%', rate('L1', ['consistently', 'consistently', 'consistently', 'consistently', 'not-yet']), 'L1'],
    ['L1 just under 80%', rate('L1', ['consistently', 'consistently', 'consistently', 'partly', 'not-yet']), undefined],
    [
      'L1 and L2 met, the empty L3 does not block, L4 met too',
      [...all('L1', 'consistently'), ...all('L2', 'consistently'), ...all('L4', 'consistently')],
      'L4',
    ],
    ['L2 met but L1 not: nothing is suggested', all('L2', 'consistently'), undefined],
    ['a gap in the middle stops the climb', [...all('L1', 'consistently'), ...all('L4', 'consistently')], 'L1'],
    [
      'an all-not-applicable level neither counts nor blocks',
      [...all('L1', 'consistently'), ...all('L2', 'not-applicable'), ...all('L4', 'consistently')],
      'L4',
    ],
    ['unrated statements are not met', rate('L1', ['consistently', 'consistently', 'consistently']), undefined],
    [
      'everything not applicable suggests nothing',
      [...all('L1', 'not-applicable'), ...all('L2', 'not-applicable'), ...all('L4', 'not-applicable')],
      undefined,
    ],
  ])('%s', (_name, entries, expected) => {
    expect(suggestLevel(ladder, new Map(entries))?.id).toBe(expected);
  });

  it('takes another threshold when asked', () => {
    const entries = rate('L1', ['consistently', 'consistently', 'not-yet', 'not-yet', 'not-yet']);
    expect(suggestLevel(ladder, new Map(entries), 0.4)?.id).toBe('L1');
  });
});

describe('levelSuggestion', () => {
  const ladder5 = track([1, 2, 3, 4, 5].map((order) => level(`L${order}`, order, five(`L${order}`))));
  const nearlyAll = (levelId: string) => rate(levelId, ['consistently', 'consistently', 'consistently', 'consistently', 'partly']);
  const summary = (entries: [string, RatingValue][], countUnratedBelowAsMet = false) => {
    const result = levelSuggestion(ladder5, new Map(entries), { countUnratedBelowAsMet });
    return {
      suggested: result.suggested?.id,
      stoppedAt: result.stoppedAt ? `${result.stoppedAt.level.id} ${result.stoppedAt.reason}` : undefined,
      assumedMet: result.assumedMet.map((entry) => entry.id),
      highestMet: result.highestMet?.level.id,
    };
  };

  it('says which level stops the suggestion: nobody rated L1, though L4 is 90% met', () => {
    const entries = [...all('L3', 'consistently'), ...nearlyAll('L4')];
    expect(summary(entries)).toEqual({ suggested: undefined, stoppedAt: 'L1 not-rated', assumedMet: [], highestMet: 'L4' });
  });

  it('counts unrated levels below a met one as met when asked, and names them', () => {
    const entries = [...all('L3', 'consistently'), ...nearlyAll('L4')];
    expect(summary(entries, true)).toEqual({
      suggested: 'L4',
      stoppedAt: 'L5 not-rated',
      assumedMet: ['L1', 'L2'],
      highestMet: 'L4',
    });
  });

  it('never counts a level rated and not met, asked or not', () => {
    const entries = [...rate('L2', ['not-yet', 'not-yet']), ...all('L3', 'consistently')];
    expect(summary(entries, true)).toMatchObject({ suggested: undefined, stoppedAt: 'L2 below-threshold' });
    const met = [...all('L1', 'consistently'), ...rate('L2', ['not-yet', 'not-yet', 'consistently', 'consistently', 'consistently'])];
    expect(summary(met, true)).toMatchObject({ suggested: 'L1', stoppedAt: 'L2 below-threshold' });
  });

  it('reaches the top with nothing stopping it', () => {
    const entries = ['L1', 'L2', 'L3', 'L4', 'L5'].flatMap((id) => all(id, 'consistently'));
    expect(summary(entries)).toEqual({ suggested: 'L5', stoppedAt: undefined, assumedMet: [], highestMet: 'L5' });
  });
});

describe('levelGap', () => {
  it('measures one level by area', () => {
    const gap = levelGap(ladder, 'L2', new Map(rate('L2', ['consistently', 'partly', 'not-yet', 'consistently'])));
    expect(gap?.overall).toMatchObject({ total: 5, rated: 4, unrated: 1, met: 2.5, share: 0.5 });
    expect(gap?.areas.map((entry) => entry.tally.met)).toEqual([1.5, 1]);
  });

  it('has empty tallies for a level without statements, and nothing for an unknown level', () => {
    expect(levelGap(ladder, 'L3', new Map())?.overall.share).toBeNull();
    expect(levelGap(ladder, 'L9', new Map())).toBeUndefined();
  });
});

describe('ladderProgress', () => {
  it('has a rung per level in ladder order', () => {
    const rungs = ladderProgress(ladder, new Map(all('L1', 'consistently')));
    expect(rungs.map((rung) => [rung.level.id, rung.tally.share])).toEqual([
      ['L1', 1],
      ['L2', 0],
      ['L3', null],
      ['L4', 0],
    ]);
  });
});
