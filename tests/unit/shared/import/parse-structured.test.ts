import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../../shared/import/import-result';
import { importFramework } from '../../../../shared/import/import-framework';
import { readBundledText } from '../../resources/seed-data';

function problems(file: string, text: string): string[] {
  const result = importFramework(file, text);
  return result.ok ? [] : result.problems.map((problem) => describeProblem(file, problem));
}

const minimal = `kind: career-map
id: web
name: Web ladder
version: "2"
source:
  name: Our wiki
tracks:
  - id: web
    name: Web
    areas:
      - id: craft
        name: Craft
    levels:
      - id: L1
        order: 1
        statements:
          - id: web.L1.skill.1
            category: skill
            areaId: craft
            text: Builds pages
`;

describe('JSON and YAML import', () => {
  it('reads a bundled framework file as it is', () => {
    const text = readBundledText('career-map-infrastructure-frontend.json');
    const result = importFramework('career-map.json', text);
    expect(result.ok && result.framework).toEqual(JSON.parse(text));
  });

  it('reads YAML following the same model', () => {
    const result = importFramework('web.yaml', minimal);
    expect(result.ok && result.framework).toMatchObject({ id: 'web', version: '2', notes: [], tracks: [{ notes: [] }] });
  });

  it('names the line and column of a syntax error', () => {
    expect(problems('broken.json', '{\n  "kind": "career-map",\n  "id": \n}')).toEqual([
      'broken.json, line 4, column 1: not valid JSON: expected a value',
    ]);
    expect(problems('trailing.json', '{"kind": "career-map",}')).toContain(
      'trailing.json, line 1, column 23: not valid JSON: expected a property name in double quotes',
    );
    expect(problems('broken.yaml', 'kind: career-map\nname: [unclosed\n')).toEqual([
      expect.stringMatching(/^broken\.yaml, line 3, column 1: /),
    ]);
  });

  it('says once that a JSON file cut short is cut short, where it ends, not once per bracket left open', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../../fixtures/frameworks/real/monzo-engineering.json'), 'utf8');
    for (const share of [0.001, 0.5, 0.9]) {
      const cut = text.slice(0, Math.floor(text.length * share));
      const lines = cut.trimEnd().split('\n');
      expect(problems('monzo.json', cut)).toEqual([
        `monzo.json, line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}: the file ends in the middle of its JSON, with what it opened never closed: it looks cut short (saved, downloaded or copied before it was complete). Nothing was read from it; get the whole file again`,
      ]);
    }
    // Text after the JSON is not a file cut short.
    expect(problems('after.json', '{"kind": "career-map"} x')).toEqual([
      'after.json, line 1, column 24: not valid JSON: unexpected character',
    ]);
  });

  it('names the line, column and path of each schema problem, and what was expected', () => {
    expect(problems('web.yaml', minimal.replace('order: 1', 'order: first').replace('text: Builds pages', 'text: ""'))).toEqual([
      'web.yaml, line 15, column 16 (tracks[0].levels[0].order): expected a number, found the text “first”',
      'web.yaml, line 20, column 19 (tracks[0].levels[0].statements[0].text): expected some text',
    ]);
    expect(problems('web.yaml', minimal.replace('areaId: craft', 'areaId: design'))).toEqual([
      'web.yaml, line 19, column 21 (tracks[0].levels[0].statements[0].areaId): unknown skill area "design"; expected one of craft',
    ]);
  });

  it('falls back to the parent’s line for a missing field', () => {
    const text = minimal.replace('version: "2"\n', '');
    expect(problems('web.yaml', text)).toEqual([expect.stringMatching(/^web\.yaml, line 1, column 1 \(version\): /)]);
  });

  it('refuses a file that is not a framework at all', () => {
    expect(problems('list.json', '[1, 2, 3]')).toEqual([
      'list.json, line 1: expected a framework: an object with "kind", "id", "name", "version" and "source"',
    ]);
    expect(problems('kind.json', '{"kind": "spreadsheet"}')[0]).toMatch(/^kind\.json, line 1, column 10 \(kind\): /);
  });
});
