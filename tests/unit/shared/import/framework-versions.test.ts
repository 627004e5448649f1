/**
 * How two versions of a framework are matched item by item: by their words first, so a statement
 * inserted in the middle of a level (which moves the positional ids after it along) leaves every
 * other statement's ratings where they belong.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework, RoleCard } from '../../../../shared/framework/schema';
import { compareVersions, itemMoves } from '../../../../shared/import/framework-versions';
import { importCsv, snowflakeVersions } from './snowflake-versions';
import { webLadder } from './web-ladder';

const ladder = (levels: Record<string, string[]>) => webLadder('1', levels);

describe('comparing two versions of a framework', () => {
  it('matches the same words under the same id as unchanged, and other words in their place as reworded', () => {
    const changes = compareVersions(
      ladder({ L1: ['Builds pages', 'Writes tests'] }),
      ladder({ L1: ['Builds pages', 'Writes good tests'] }),
    );
    expect(changes).toEqual({
      unchanged: ['web.L1.skill.1'],
      moved: [],
      reworded: [{ from: 'web.L1.skill.2', to: 'web.L1.skill.2' }],
      removed: [],
      added: [],
    });
  });

  it('follows statements whose ids an inserted or removed statement moved along', () => {
    const before = ladder({ L1: ['Builds pages', 'Writes tests', 'Reviews code', 'Mentors'] });
    const after = ladder({ L1: ['Pairs with designers', 'Builds pages', 'Reviews code', 'Mentors'] });
    expect(compareVersions(before, after)).toEqual({
      unchanged: ['web.L1.skill.3', 'web.L1.skill.4'],
      moved: [{ from: 'web.L1.skill.1', to: 'web.L1.skill.2' }],
      // Not paired: the new statement is before the one that moved, the one that went after it.
      reworded: [],
      removed: ['web.L1.skill.2'],
      added: ['web.L1.skill.1'],
    });
  });

  it('pairs what changed between two statements that kept their words, by their words in common', () => {
    const before = ladder({ L1: ['Builds pages', 'Writes tests', 'Reviews code'] });
    const after = ladder({ L1: ['Builds pages', 'Writes good tests', 'Reviews code'] });
    // Same words again, but the first statement is now two statements: ids after it move along.
    const inserted = ladder({ L1: ['Builds pages', 'Builds forms', 'Writes good tests', 'Reviews code'] });
    expect(compareVersions(before, after).reworded).toEqual([{ from: 'web.L1.skill.2', to: 'web.L1.skill.2' }]);
    expect(compareVersions(before, inserted)).toEqual({
      unchanged: ['web.L1.skill.1'],
      moved: [{ from: 'web.L1.skill.3', to: 'web.L1.skill.4' }],
      reworded: [{ from: 'web.L1.skill.2', to: 'web.L1.skill.3' }],
      removed: [],
      added: ['web.L1.skill.2'],
    });
  });

  it('pairs rewordings by their words in common, not by ids the insertion moved along', () => {
    const before = ladder({
      L1: ['Builds pages', 'Writes tests', 'Plans the sprint with the team', 'Quietly fixes flaky builds', 'Mentors'],
    });
    const after = ladder({
      L1: [
        'Pairs with designers',
        'Builds pages',
        'Writes tests',
        'Plans each sprint with the whole team',
        'Fixes flaky builds for good',
        'Mentors',
      ],
    });
    expect(compareVersions(before, after)).toEqual({
      unchanged: [],
      moved: [
        { from: 'web.L1.skill.1', to: 'web.L1.skill.2' },
        { from: 'web.L1.skill.2', to: 'web.L1.skill.3' },
        { from: 'web.L1.skill.5', to: 'web.L1.skill.6' },
      ],
      reworded: [
        { from: 'web.L1.skill.3', to: 'web.L1.skill.4' },
        { from: 'web.L1.skill.4', to: 'web.L1.skill.5' },
      ],
      removed: [],
      added: ['web.L1.skill.1'],
    });
    // As many replaced as replacing: each rewords the one in its place, whatever its words.
    const replaced = compareVersions(
      ladder({ L1: ['Builds pages', 'Writes tests', 'Reviews code', 'Mentors'] }),
      ladder({ L1: ['Builds pages', 'Owns the roadmap', 'Hires engineers', 'Mentors'] }),
    );
    expect(replaced.reworded).toEqual([
      { from: 'web.L1.skill.2', to: 'web.L1.skill.2' },
      { from: 'web.L1.skill.3', to: 'web.L1.skill.3' },
    ]);
    // Fewer, with no words in common: removed and added; one left on each side is a rewording.
    const fewer = compareVersions(
      ladder({ L1: ['Builds pages', 'Writes tests', 'Reviews code', 'Mentors'] }),
      ladder({ L1: ['Builds pages', 'Owns the roadmap', 'Mentors'] }),
    );
    expect([fewer.reworded, fewer.removed, fewer.added]).toEqual([[], ['web.L1.skill.2', 'web.L1.skill.3'], ['web.L1.skill.2']]);
  });

  it('follows a statement moved to another level when no other statement has its words', () => {
    const before = ladder({ L1: ['Builds pages', 'Writes tests'], L2: ['Leads a project'] });
    const after = ladder({ L1: ['Builds pages'], L2: ['Writes tests', 'Leads a project'] });
    const changes = compareVersions(before, after);
    expect(changes.moved).toEqual([
      { from: 'web.L1.skill.2', to: 'web.L2.skill.1', elsewhere: true },
      { from: 'web.L2.skill.1', to: 'web.L2.skill.2' },
    ]);
    expect([changes.reworded, changes.removed, changes.added]).toEqual([[], [], []]);
  });

  it('keeps statements worded alike in one level in their order (Snowflake repeats wording across areas)', () => {
    const same = 'Develops new instances of existing architecture';
    const before = ladder({ L1: [same, 'Writes tests', same, same] });
    const after = ladder({ L1: ['Pairs with designers', same, 'Writes tests', same, same] });
    expect(compareVersions(before, after).moved).toEqual([
      { from: 'web.L1.skill.1', to: 'web.L1.skill.2' },
      { from: 'web.L1.skill.2', to: 'web.L1.skill.3' },
      { from: 'web.L1.skill.3', to: 'web.L1.skill.4' },
      { from: 'web.L1.skill.4', to: 'web.L1.skill.5' },
    ]);
  });

  it("keeps a file's own ids where it reorders statements it names", () => {
    const before = ladder({ L1: ['Builds pages', 'Writes tests'] });
    const after = ladder({ L1: ['Writes tests', 'Builds pages'] });
    // The same statements, listed the other way round under the ids they had.
    const [track] = after.tracks;
    const [level] = track?.levels ?? [];
    if (!level) throw new Error('no level');
    level.statements = level.statements.map((statement, index) => ({ ...statement, id: `web.L1.skill.${2 - index}` }));
    expect(compareVersions(before, after)).toEqual({
      unchanged: ['web.L1.skill.1', 'web.L1.skill.2'],
      moved: [],
      reworded: [],
      removed: [],
      added: [],
    });
  });

  it("matches the bundled role card's components within their type", () => {
    const card = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../../resources/frameworks/role-card-dei-gen-p5.json'), 'utf8'),
    ) as RoleCard;
    // A responsibility added first: the other responsibilities' ids move along, the other types' do not.
    const responsibilities = card.components.filter((component) => component.type === 'responsibility');
    const renumbered = [{ type: 'responsibility' as const, text: 'Run the on-call rota' }, ...responsibilities].map((component, at) => ({
      ...component,
      id: `responsibility.${at + 1}`,
    }));
    const next: RoleCard = {
      ...card,
      components: [...renumbered, ...card.components.filter((component) => component.type !== 'responsibility')],
    };
    const changes = compareVersions(card, next);
    expect(changes.moved).toEqual(responsibilities.map((component, at) => ({ from: component.id, to: `responsibility.${at + 2}` })));
    expect(changes.added).toEqual(['responsibility.1']);
    expect(changes.unchanged).toHaveLength(card.components.length - responsibilities.length);
    expect([changes.reworded, changes.removed]).toEqual([[], []]);
  });

  it('stays quick when a 20,000-statement framework is reworded throughout with a statement added to every list', () => {
    const lists = Object.fromEntries(
      Array.from({ length: 1000 }, (_, list) => [
        `L${list + 1}`,
        Array.from({ length: 20 }, (_, at) => `Statement ${at} of list ${list} as first worded`),
      ]),
    );
    const reworded = Object.fromEntries(
      Object.entries(lists).map(([level, texts]) => [level, ['A statement added first', ...texts.map((text) => `${text}, and reworded`)]]),
    );
    const started = performance.now();
    const changes = compareVersions(ladder(lists), ladder(reworded));
    expect(changes.reworded).toHaveLength(1000 * 20);
    // Generous: a behaviour check (the comparisons are bounded), not a timing one.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('pairs a level rewritten whole by id, and stays quick at 20,000 statements', () => {
    const texts = Array.from({ length: 20_000 }, (_, at) => `Statement ${at} as first worded`);
    const rewritten = texts.map((text) => `${text}, and reworded`);
    const started = performance.now();
    const whole = compareVersions(ladder({ L1: texts }), ladder({ L1: rewritten }));
    const shifted = compareVersions(ladder({ L1: texts }), ladder({ L1: ['A new first statement', ...texts] }));
    expect(whole.reworded).toHaveLength(20_000);
    expect(whole.reworded.every(({ from, to }) => from === to)).toBe(true);
    expect(shifted.moved).toHaveLength(20_000);
    expect(shifted.added).toEqual(['web.L1.skill.1']);
    // Generous: a behaviour check (no quadratic pass), not a timing one.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("on Snowflake's real CSV with a statement inserted mid-level, moves every later statement of that level and rewords none", () => {
    const { original, inserted } = snowflakeVersions();
    const before = importCsv('snowflake.csv', original);
    const after = importCsv('snowflake.csv', inserted);
    const changes = compareVersions(before, after);
    expect(changes.added).toHaveLength(1);
    expect([changes.reworded, changes.removed]).toEqual([[], []]);
    // Every statement of M1's skills after the new one moved one place on; all the others kept their id.
    const statements = (framework: Framework) =>
      framework.kind === 'career-map' ? framework.tracks.flatMap((track) => track.levels.flatMap((level) => level.statements)) : [];
    const m1Skills = statements(before).filter((statement) => statement.id.includes('.M1.skill.'));
    expect(changes.moved).toHaveLength(m1Skills.length - 2);
    expect(changes.moved[0]).toEqual({ from: m1Skills[2]?.id, to: m1Skills[3]?.id });
    expect(changes.unchanged.length + changes.moved.length).toBe(statements(before).length);
    // Their ratings, evidence and goals go with them, with nothing to re-check.
    const moves = itemMoves(changes, before, after);
    expect(moves.leaving).toHaveLength(changes.moved.length + 1);
    expect(changes.moved.map(({ from }) => moves.destinationOf(from))).toEqual(changes.moved.map(({ to }) => ({ id: to })));
    expect(changes.unchanged.map((id) => moves.destinationOf(id))).toEqual(changes.unchanged.map(() => undefined));
  });
});

describe('where the earlier items go', () => {
  it('sets a removed item aside under the new version only when its id is given to another', () => {
    const before = ladder({ L1: ['Builds pages', 'Writes tests', 'Reviews code'], L2: ['Leads a project'] });
    const after = { ...ladder({ L1: ['Builds pages', 'Reviews code'], L2: [] }), version: '2026 春' };
    const moves = itemMoves(compareVersions(before, after), before, after);
    expect(['web.L1.skill.1', 'web.L1.skill.2', 'web.L1.skill.3', 'web.L2.skill.1'].map((id) => moves.destinationOf(id))).toEqual([
      undefined,
      { id: 'web.L1.skill.2 (before version 2026 春)', recheck: 'removed' },
      { id: 'web.L1.skill.2' },
      { id: 'web.L2.skill.1', recheck: 'removed' },
    ]);
  });

  it('sets aside what an earlier version removed once the new version gives its id to another', () => {
    // skill.3 was removed by an earlier version: ratings may still be on it. The new version has a skill.3 again.
    const before = ladder({ L1: ['Builds pages', 'Writes tests'] });
    const after = { ...ladder({ L1: ['Pairs with designers', 'Builds pages', 'Writes tests'] }), version: '3' };
    const moves = itemMoves(compareVersions(before, after), before, after);
    expect(moves.destinationOf('web.L1.skill.3')).toEqual({ id: 'web.L1.skill.3 (before version 3)', recheck: 'removed' });
    expect(moves.destinationOf('web.L1.skill.9')).toBeUndefined();
    expect(moves.leaving.sort()).toEqual(['web.L1.skill.1', 'web.L1.skill.2', 'web.L1.skill.3']);
  });
});
