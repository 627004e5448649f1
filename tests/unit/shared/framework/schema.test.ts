import { describe, expect, it } from 'vitest';
import { frameworkSchema } from '../../../../shared/framework/schema';
import { formatIssuePath } from '../../../../shared/framework/parse';
import { careerMap, level, statement, track } from './framework-fixtures';

function problems(data: unknown): string[] {
  const result = frameworkSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
}

describe('frameworkSchema', () => {
  const valid = careerMap([track([level('L1', 1, [statement('s1', 'craft', 'Writes code')])])]);

  it('accepts a minimal career map and fills defaults', () => {
    expect(problems(valid)).toEqual([]);
  });

  it('refuses a statement in an area the track does not have', () => {
    const bad = careerMap([track([level('L1', 1, [statement('s1', 'design', 'Draws')])])]);
    expect(problems(bad)).toEqual(['tracks[0].levels[0].statements[0].areaId: unknown skill area "design"; expected one of craft, people']);
  });

  it('refuses two statements with one id, and two levels with one id or order', () => {
    const bad = careerMap([track([level('L1', 1, [statement('s1', 'craft', 'A')]), level('L1', 1, [statement('s1', 'craft', 'B')])])]);
    expect(problems(bad)).toEqual(
      expect.arrayContaining([
        'tracks[0].levels[1].id: level id "L1" is used twice',
        'tracks[0].levels[1].order: levels "L1" and "L1" have the same place on the ladder (order 1); parallel rungs of one rank need different kinds',
        'tracks[0].levels[1].statements[0].id: statement id "s1" is used twice',
      ]),
    );
  });

  it('refuses empty text and unknown kinds', () => {
    expect(problems(careerMap([track([level('L1', 1, [statement('s1', 'craft', '   ')])])]))).toEqual([
      'tracks[0].levels[0].statements[0].text: expected some text',
    ]);
    expect(problems({ ...valid, kind: 'spreadsheet' })[0]).toMatch(/^kind: /);
  });

  it('refuses a role card whose components share an id', () => {
    const card = {
      kind: 'role-card',
      id: 'card',
      name: 'Card',
      version: '1',
      source: { name: 'tests' },
      code: 'X.1',
      title: 'Role',
      level: { code: 'P1', name: 'Entry', attributes: [] },
      story: {},
      components: [
        { id: 'skill.1', type: 'skill', text: 'One' },
        { id: 'skill.1', type: 'skill', text: 'Two' },
      ],
      status: 'draft',
      confidence: {},
    };
    expect(problems(card)).toEqual(['components[1].id: component id "skill.1" is used twice']);
  });
});
