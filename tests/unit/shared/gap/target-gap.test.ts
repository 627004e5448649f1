import { describe, expect, it } from 'vitest';
import { targetGap, targetGapList, targetLabel, targetLevelId } from '../../../../shared/gap/target-gap';
import { resolveMapping, type MappedTo } from '../../../../shared/workspace/mapping';
import type { Person, RatingValue } from '../../../../shared/workspace/schema';
import { careerMap, level, statement, track } from '../framework/framework-fixtures';
import { card, person } from '../workspace/mapping-fixtures';

const skilled = { ...statement('L2.b', 'people', 'Mentors others'), skillName: 'Mentoring' };
const ladder = track([
  level('L1', 1, [statement('L1.a', 'craft', 'Writes code')]),
  level('L2', 2, [statement('L2.a', 'craft', 'Designs modules'), skilled, statement('L2.c', 'people', 'Runs meetings')]),
  level('L3', 3, [statement('L3.a', 'craft', 'Sets direction')]),
]);
const map = careerMap([ladder]);

function mapped(patch: Partial<Person>): { mapping: MappedTo; who: Person } {
  const who = person(patch);
  const mapping = resolveMapping([map, card], who);
  if (mapping.kind !== 'career-map' && mapping.kind !== 'role-card') throw new Error(`not mapped: ${mapping.kind}`);
  return { mapping, who };
}

const ratings = (entries: Record<string, RatingValue>) => new Map(Object.entries(entries));

describe('the target of a mapped person', () => {
  it.each<[string, Partial<Person>, string, string | undefined]>([
    ['no level yet: the first rung', {}, 'L1', 'L1'],
    ['the next level above the current one', { currentLevelId: 'L1' }, 'L2', 'L2'],
    ['the level they chose', { currentLevelId: 'L1', targetLevelId: 'L3' }, 'L3', 'L3'],
    ['nothing above the top level', { currentLevelId: 'L3' }, 'the top level', undefined],
    ['a role card: the card itself', { target: { frameworkId: 'card' } }, 'X.1', undefined],
  ])('%s', (_, patch, label, levelId) => {
    const { mapping } = mapped(patch);
    expect(targetLabel(mapping)).toBe(label);
    expect(targetLevelId(mapping)).toBe(levelId);
  });
});

describe('targetGap', () => {
  it.each<[string, Partial<Person>, Record<string, RatingValue>, { share: number | null; rated: number; total: number } | undefined]>([
    ['nothing rated at L2', { currentLevelId: 'L1' }, {}, { share: 0, rated: 0, total: 3 }],
    [
      'L2 partly met, one statement not applicable',
      { currentLevelId: 'L1' },
      { 'L2.a': 'consistently', 'L2.b': 'partly', 'L2.c': 'not-applicable' },
      { share: 0.75, rated: 2, total: 3 },
    ],
    [
      'ratings of other levels do not count',
      { currentLevelId: 'L1' },
      { 'L1.a': 'consistently', 'L3.a': 'consistently' },
      { share: 0, rated: 0, total: 3 },
    ],
    ['a chosen target above the next level', { targetLevelId: 'L3' }, { 'L3.a': 'partly' }, { share: 0.5, rated: 1, total: 1 }],
    [
      'everything not applicable: nothing to measure',
      { targetLevelId: 'L1' },
      { 'L1.a': 'not-applicable' },
      { share: null, rated: 0, total: 1 },
    ],
    ['at the top of the ladder there is no gap', { currentLevelId: 'L3' }, { 'L3.a': 'consistently' }, undefined],
    [
      'a role card, against the expected proficiency 3',
      { target: { frameworkId: 'card' } },
      { 'skill.1': 3, 'skill.2': 2, 'task.1': 1 },
      { share: 0.5, rated: 3, total: 3 },
    ],
    [
      'a role card, against an expectation of 2',
      { target: { frameworkId: 'card' }, expectedProficiency: 2 },
      { 'skill.1': 3, 'skill.2': 2, 'task.1': 1 },
      { share: 2.5 / 3, rated: 3, total: 3 },
    ],
  ])('%s', (_, patch, rated, expected) => {
    const { mapping, who } = mapped(patch);
    const overall = targetGap(mapping, who, ratings(rated))?.overall;
    expect(overall && { share: overall.share, rated: overall.rated, total: overall.total }).toEqual(expected);
  });

  it('measures every area of the track, in the framework’s order', () => {
    const { mapping, who } = mapped({ currentLevelId: 'L1' });
    const gap = targetGap(mapping, who, ratings({ 'L2.a': 'consistently', 'L2.c': 'partly' }));
    expect(gap?.areas.map(({ area, tally }) => [area.id, tally.share])).toEqual([
      ['craft', 1],
      ['people', 0.25],
    ]);
  });
});

describe('targetGapList', () => {
  it('lists what is left of the target level, biggest gap first, each text with its skill name', () => {
    const { mapping, who } = mapped({ currentLevelId: 'L1' });
    const list = targetGapList(mapping, who, ratings({ 'L2.a': 'consistently', 'L2.c': 'partly' }));
    expect(list.map((entry) => [entry.area.id, entry.missing, entry.entries.map(({ item, standing }) => [item.text, standing])])).toEqual([
      [
        'people',
        1.5,
        [
          ['Mentoring: Mentors others', 'unrated'],
          ['Runs meetings', 'partly'],
        ],
      ],
    ]);
    expect(list[0]?.entries[0]?.item.skillName).toBe('Mentoring');
  });

  it('is empty at the top of the ladder', () => {
    const { mapping, who } = mapped({ currentLevelId: 'L3' });
    expect(targetGapList(mapping, who, ratings({}))).toEqual([]);
  });

  it('measures a role card’s components against the expectation, the type with most left first', () => {
    const { mapping, who } = mapped({ target: { frameworkId: 'card' } });
    const list = targetGapList(mapping, who, ratings({ 'skill.1': 4, 'skill.2': 2 }));
    expect(list.map((entry) => [entry.area.name, entry.entries.map(({ item, standing }) => [item.text, standing])])).toEqual([
      ['Tasks', [['Three', 'unrated']]],
      ['Skills', [['Two', 'partly']]],
    ]);
  });
});
