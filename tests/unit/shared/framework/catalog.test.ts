import { describe, expect, it } from 'vitest';
import { catalogFromFiles } from '../../../../shared/framework/catalog';
import { parseFrameworkJson } from '../../../../shared/framework/parse';
import { careerMap, level, statement, track } from './framework-fixtures';

const good = JSON.stringify(careerMap([track([level('L1', 1, [statement('s1', 'craft', 'Writes code')])])]));

describe('parseFrameworkJson', () => {
  it('says when the text is not JSON at all', () => {
    const result = parseFrameworkJson('{ "kind": ');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toMatch(/^The file is not valid JSON \(/);
  });

  it('names the place of each problem, and how many more there are past the first five', () => {
    const broken = careerMap([
      track([
        level(
          'L1',
          1,
          Array.from({ length: 7 }, (_, index) => statement(`s${index}`, 'nowhere', 'Text')),
        ),
      ]),
    ]);
    const result = parseFrameworkJson(JSON.stringify(broken));
    const lines = result.ok ? [] : result.problem.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^tracks\[0\]\.levels\[0\]\.statements\[0\]\.areaId: unknown skill area "nowhere"/);
    expect(lines[5]).toBe('…and 2 more problems');
  });
});

describe('catalogFromFiles', () => {
  it('keeps the good files when one is broken, and names the broken one', () => {
    const catalog = catalogFromFiles([
      { file: 'broken.json', text: '{"kind":"career-map"}' },
      { file: 'good.json', text: good },
    ]);
    expect(catalog.frameworks.map((framework) => framework.id)).toEqual(['test-map']);
    expect(catalog.problems).toHaveLength(1);
    expect(catalog.problems[0]?.file).toBe('broken.json');
    expect(catalog.problems[0]?.message).toMatch(/^id: /m);
  });

  it('refuses a second framework with an id already taken', () => {
    const catalog = catalogFromFiles([
      { file: 'a.json', text: good },
      { file: 'b.json', text: good },
    ]);
    expect(catalog.frameworks).toHaveLength(1);
    expect(catalog.problems).toEqual([{ file: 'b.json', message: 'Another file already holds a framework with the id "test-map".' }]);
  });
});
