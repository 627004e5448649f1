import { describe, expect, it } from 'vitest';
import { resolveMapping, type MappedTo } from '../../../../shared/workspace/mapping';
import { nextLevelView } from '../../../../shared/workspace/next-level';
import type { Person } from '../../../../shared/workspace/schema';
import { careerMap, level, statement, track } from '../framework/framework-fixtures';
import { card, person } from './mapping-fixtures';

const ladder = track([
  level('L1', 1, [statement('L1.a', 'craft', 'Writes tests'), statement('L1.b', 'people', 'Helps peers')]),
  level('L2', 2, [statement('L2.a', 'craft', 'Writes tests'), statement('L2.c', 'craft', 'Designs modules')]),
  level('L3', 3, [statement('L3.a', 'craft', 'Writes tests for others'), statement('L3.b', 'people', 'Mentors peers')]),
]);
const map = careerMap([ladder]);

function mapped(patch: Partial<Person> = {}): MappedTo {
  const mapping = resolveMapping([map, card], person(patch));
  if (mapping.kind !== 'career-map' && mapping.kind !== 'role-card') throw new Error('not mapped');
  return mapping;
}

const changesOf = (view: ReturnType<typeof nextLevelView>) =>
  view.areas.map((area) => [
    area.area.id,
    area.entries.map((entry) => `${entry.item.id}:${entry.change?.change ?? '-'}`),
    area.dropped.map((entry) => entry.id),
  ]);

describe('nextLevelView', () => {
  it('lists the target level area by area with what changes from the current level', () => {
    const view = nextLevelView(mapped({ target: { frameworkId: map.id, trackId: ladder.id }, currentLevelId: 'L1' }));
    expect([view.from?.id, view.to?.id]).toEqual(['L1', 'L2']);
    expect(changesOf(view)).toEqual([
      ['craft', ['L2.a:same', 'L2.c:new'], []],
      ['people', [], ['L1.b']],
    ]);
  });

  it('compares a chosen target with the current level, however far above it is', () => {
    const view = nextLevelView(mapped({ target: { frameworkId: map.id, trackId: ladder.id }, currentLevelId: 'L1', targetLevelId: 'L3' }));
    expect([view.from?.id, view.to?.id]).toEqual(['L1', 'L3']);
    expect(changesOf(view)).toEqual([
      ['craft', ['L3.a:reworded'], []],
      ['people', ['L3.b:reworded'], []],
    ]);
  });

  it('compares with the rung below when no current level is set, and with nothing at the first rung', () => {
    expect(nextLevelView(mapped({ target: { frameworkId: map.id, trackId: ladder.id }, targetLevelId: 'L2' })).from?.id).toBe('L1');
    const first = nextLevelView(mapped({ target: { frameworkId: map.id, trackId: ladder.id } }));
    expect([first.from, first.to?.id]).toEqual([undefined, 'L1']);
    expect(changesOf(first)).toEqual([
      ['craft', ['L1.a:-'], []],
      ['people', ['L1.b:-'], []],
    ]);
  });

  it('has nothing above the top of the ladder', () => {
    expect(nextLevelView(mapped({ target: { frameworkId: map.id, trackId: ladder.id }, currentLevelId: 'L3' })).areas).toEqual([]);
  });

  it('lists a role card’s components by type, with nothing to compare', () => {
    const view = nextLevelView(mapped({ target: { frameworkId: card.id } }));
    expect(changesOf(view)).toEqual([
      ['skill', ['skill.1:-', 'skill.2:-'], []],
      ['task', ['task.1:-'], []],
    ]);
  });
});
