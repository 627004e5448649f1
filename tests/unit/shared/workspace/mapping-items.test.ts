import { describe, expect, it } from 'vitest';
import { resolveMapping, type MappedTo } from '../../../../shared/workspace/mapping';
import { itemText, itemTexts, levelItems, mappingItems } from '../../../../shared/workspace/mapping-items';
import type { Person } from '../../../../shared/workspace/schema';
import { careerMap, level, statement, track } from '../framework/framework-fixtures';
import { card, person } from './mapping-fixtures';

// L2 keeps L1's first statement word for word, rewords the second and adds a third.
const ladder = track([
  level('L1', 1, [statement('L1.a', 'craft', 'Writes tests'), { ...statement('L1.b', 'people', 'Helps peers'), skillName: 'Mentoring' }]),
  level('L2', 2, [
    statement('L2.a', 'craft', 'Writes tests'),
    { ...statement('L2.b', 'people', 'Mentors two peers'), skillName: 'Mentoring' },
    statement('L2.c', 'craft', 'Designs modules'),
  ]),
]);
const map = careerMap([ladder]);

function mapped(patch: Partial<Person> = {}): MappedTo {
  const mapping = resolveMapping([map, card], person(patch));
  if (mapping.kind !== 'career-map' && mapping.kind !== 'role-card') throw new Error(`not mapped: ${mapping.kind}`);
  return mapping;
}

describe('itemText', () => {
  it.each([
    [{ text: 'Writes tests' }, 'Writes tests'],
    [{ text: 'Helps peers', skillName: 'Mentoring' }, 'Mentoring: Helps peers'],
    [{ text: 'Helps peers', skillName: '' }, 'Helps peers'],
    [{ text: 'Пишет тесты 🧪', skillName: '测试' }, '测试: Пишет тесты 🧪'],
  ])('%j reads %s', (item, expected) => {
    expect(itemText(item)).toBe(expected);
  });
});

describe('mappingItems and itemTexts', () => {
  it('name every statement of every level, with the level it is at', () => {
    expect(mappingItems(mapped()).map((item) => [item.id, item.levelId])).toEqual([
      ['L1.a', 'L1'],
      ['L1.b', 'L1'],
      ['L2.a', 'L2'],
      ['L2.b', 'L2'],
      ['L2.c', 'L2'],
    ]);
    expect(itemTexts(mapped()).get('L2.b')).toBe('Mentoring: Mentors two peers');
  });

  it('name every component of a role card', () => {
    const mapping = mapped({ target: { frameworkId: 'card' } });
    expect(mappingItems(mapping).map((item) => [item.id, item.areaId, item.levelId])).toEqual([
      ['skill.1', 'skill', undefined],
      ['skill.2', 'skill', undefined],
      ['task.1', 'task', undefined],
    ]);
    expect([...itemTexts(mapping).values()]).toEqual(['One', 'Two', 'Three']);
  });
});

describe('levelItems', () => {
  it.each<[string, string | undefined, boolean, string[]]>([
    ['every statement of a level', 'L2', false, ['L2.a', 'L2.b', 'L2.c']],
    ['only what is new or reworded since the level below', 'L2', true, ['L2.b', 'L2.c']],
    ['the first level has nothing below: all of it', 'L1', true, ['L1.a', 'L1.b']],
    ['an unknown level: nothing', 'L9', false, []],
    ['no level: nothing', undefined, false, []],
  ])('%s', (_, levelId, onlyChanges, expected) => {
    const list = levelItems(mapped(), levelId, onlyChanges);
    expect(list.items.map((item) => item.id)).toEqual(expected);
    expect(list.areas.map((area) => area.id)).toEqual(['craft', 'people']);
  });

  it('keeps the skill name apart from the text, for the rating row to set off, and names the area', () => {
    expect(levelItems(mapped(), 'L2', false).items[1]).toEqual({
      id: 'L2.b',
      areaId: 'people',
      text: 'Mentors two peers',
      skillName: 'Mentoring',
      areaName: 'people',
      levelId: 'L2',
    });
  });

  it('offers a role card’s components by type, whatever the level asked for', () => {
    const list = levelItems(mapped({ target: { frameworkId: 'card' } }), 'L2', true);
    expect(list.areas.map((area) => area.name)).toEqual(['Skills', 'Tasks']);
    expect(list.items.map((item) => item.id)).toEqual(['skill.1', 'skill.2', 'task.1']);
    expect(list.items.map((item) => item.areaName)).toEqual(['Skills', 'Skills', 'Tasks']);
  });
});
