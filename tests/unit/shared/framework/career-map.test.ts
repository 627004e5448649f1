import { describe, expect, it } from 'vitest';
import { careerMapMatrix, levelDelta, levelsInOrder, nextLevel, nextLevels, previousLevel } from '../../../../shared/framework/career-map';
import { level, statement, track } from './framework-fixtures';

const ladder = track([
  level('L3', 3, [statement('a3', 'craft', 'Builds features'), statement('b3', 'people', 'Helps peers')]),
  level('L1', 1, [statement('a1', 'craft', 'Learns the codebase')]),
  level('L2', 2, [statement('a2', 'craft', 'Learns the codebase'), statement('b2', 'people', 'Asks for help')]),
  level('L5', 5, [statement('a5', 'craft', 'Sets direction'), statement('a5b', 'craft', 'Reviews designs')]),
]);

describe('levelsInOrder / nextLevel / previousLevel', () => {
  it('orders by the ladder, not by file order', () => {
    expect(levelsInOrder(ladder).map((entry) => entry.id)).toEqual(['L1', 'L2', 'L3', 'L5']);
  });

  it('steps over a level the source does not have', () => {
    expect(nextLevel(ladder, 'L3')?.id).toBe('L5');
    expect(previousLevel(ladder, 'L5')?.id).toBe('L3');
  });

  it('has nothing above the top or below the bottom, or for an unknown level', () => {
    expect(nextLevel(ladder, 'L5')).toBeUndefined();
    expect(previousLevel(ladder, 'L1')).toBeUndefined();
    expect(nextLevel(ladder, 'L9')).toBeUndefined();
  });
});

describe('parallel ladders and dotted levels', () => {
  const branched = track([
    { ...level('E4', 4, [statement('e4', 'craft', 'Builds services')]), kind: 'individual-contributor' },
    { ...level('E5', 5, [statement('e5', 'craft', 'Designs systems')]), kind: 'individual-contributor' },
    { ...level('M5', 5, [statement('m5', 'people', 'Manages a team')]), kind: 'management' },
    { ...level('E6', 6, [statement('e6', 'craft', 'Sets technical direction')]), kind: 'individual-contributor' },
    { ...level('M6', 6, [statement('m6', 'people', 'Manages managers')]), kind: 'management' },
  ]);

  it('puts parallel rungs of one rank side by side, the individual contributor’s first', () => {
    expect(levelsInOrder(branched).map((entry) => entry.id)).toEqual(['E4', 'E5', 'M5', 'E6', 'M6']);
  });

  it('steps along each ladder, and offers both branches one rung up', () => {
    expect(nextLevel(branched, 'E5')?.id).toBe('E6');
    expect(nextLevel(branched, 'M5')?.id).toBe('M6');
    expect(previousLevel(branched, 'M6')?.id).toBe('M5');
    // M5's own ladder starts at M5: the step down leaves it for the rung below.
    expect(previousLevel(branched, 'M5')?.id).toBe('E4');
    expect(nextLevels(branched, 'E4').map((entry) => entry.id)).toEqual(['E5', 'M5']);
  });

  it('orders dotted levels by rank, then step', () => {
    const dotted = track([
      { ...level('2.1', 2, []), step: 1 },
      { ...level('1.2', 1, []), step: 2 },
      { ...level('1.1', 1, []), step: 1 },
    ]);
    expect(levelsInOrder(dotted).map((entry) => entry.id)).toEqual(['1.1', '1.2', '2.1']);
    expect(nextLevel(dotted, '1.2')?.id).toBe('2.1');
  });
});

describe('careerMapMatrix', () => {
  it('has a row per area and a cell per level, empty where a level says nothing', () => {
    const matrix = careerMapMatrix(ladder);
    expect(matrix.levels.map((entry) => entry.id)).toEqual(['L1', 'L2', 'L3', 'L5']);
    expect(matrix.rows.map((row) => row.area.id)).toEqual(['craft', 'people']);
    expect(matrix.rows[1]?.cells.map((cell) => cell.map((entry) => entry.id))).toEqual([[], ['b2'], ['b3'], []]);
    expect(matrix.rows[0]?.cells[3]?.map((entry) => entry.id)).toEqual(['a5', 'a5b']);
  });
});

describe('levelDelta', () => {
  it.each([
    ['L1', 'L2', { craft: 'same', people: 'new' }, 1],
    ['L2', 'L3', { craft: 'changed', people: 'changed' }, 2],
    ['L3', 'L5', { craft: 'changed', people: 'not-carried' }, 2],
    ['L1', 'L5', { craft: 'changed', people: 'absent' }, 2],
  ])('from %s to %s', (from, to, changes, changedCount) => {
    const delta = levelDelta(ladder, from, to);
    expect(Object.fromEntries(delta?.rows.map((row) => [row.area.id, row.change]) ?? [])).toEqual(changes);
    expect(delta?.changedStatementCount).toBe(changedCount);
  });

  it('marks only reworded statements as new', () => {
    const delta = levelDelta(ladder, 'L1', 'L2');
    const craft = delta?.rows.find((row) => row.area.id === 'craft');
    expect(craft?.to.map((entry) => entry.isNew)).toEqual([false]);
  });

  it('reads a statement of the same area at both levels as a rewording, not a new one', () => {
    const craft = levelDelta(ladder, 'L2', 'L3')?.rows.find((row) => row.area.id === 'craft');
    expect(craft?.to.map((entry) => [entry.change, entry.previous?.id])).toEqual([['reworded', 'a2']]);
    expect(craft?.dropped).toEqual([]);
  });

  it('pairs several statements by skill name, then by wording, and leaves unrelated ones new or dropped', () => {
    const named = (id: string, skillName: string, text: string) => ({ ...statement(id, 'craft', text), skillName });
    const lower = level('L1', 1, [
      named('t1', 'Testing', 'Writing unit tests.'),
      named('o1', 'Optimization', 'Improving load times and handling responsive design.'),
      statement('c1', 'craft', 'Communicates with peers across teams to coordinate efforts.'),
    ]);
    const higher = level('L2', 2, [
      statement('c2', 'craft', 'Communicates with peers and leads across teams to coordinate efforts.'),
      named('s2', 'Security', 'Awareness of common vulnerabilities.'),
      named('t2', 'Testing', 'Writing unit and end-to-end tests.'),
    ]);
    const row = levelDelta(track([lower, higher]), 'L1', 'L2')?.rows[0];
    expect(row?.to.map((entry) => [entry.statement.id, entry.change, entry.previous?.id])).toEqual([
      ['c2', 'reworded', 'c1'],
      ['s2', 'new', undefined],
      ['t2', 'reworded', 't1'],
    ]);
    expect(row?.dropped.map((entry) => entry.id)).toEqual(['o1']);
    expect(row?.change).toBe('changed');
  });

  it('calls an area the same only when every statement is carried on word for word', () => {
    const same = track([
      level('L1', 1, [statement('x1', 'craft', 'Does a thing')]),
      level('L2', 2, [statement('x2', 'craft', 'Does a thing')]),
    ]);
    expect(levelDelta(same, 'L1', 'L2')?.rows[0]?.change).toBe('same');
    const dropped = track([
      level('L1', 1, [statement('x1', 'craft', 'Does a thing'), statement('y1', 'craft', 'Something else entirely')]),
      level('L2', 2, [statement('x2', 'craft', 'Does a thing')]),
    ]);
    expect(levelDelta(dropped, 'L1', 'L2')?.rows[0]?.change).toBe('changed');
  });

  it('is undefined for a level the track does not have', () => {
    expect(levelDelta(ladder, 'L1', 'L4')).toBeUndefined();
    expect(levelDelta(ladder, 'L0', 'L1')).toBeUndefined();
  });

  it('treats a level without statements as saying nothing', () => {
    const sparse = track([level('L1', 1, [statement('x', 'craft', 'Does a thing')]), level('L2', 2, [])]);
    const delta = levelDelta(sparse, 'L1', 'L2');
    expect(delta?.rows.map((row) => row.change)).toEqual(['not-carried', 'absent']);
    expect(delta?.changedStatementCount).toBe(0);
  });
});
