/**
 * Every real framework in tests/fixtures/frameworks/real (see the README there for sources and
 * licences) imported from its file's bytes, as the app reads it: the text stored must be exactly the
 * text of the file, statement by statement, in source order.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CareerMap } from '../../../../shared/framework/schema';
import { frameworkToCsv, frameworkToJson } from '../../../../shared/import/export-framework';
import { isSameContent } from '../../../../shared/import/framework-versions';
import { importFrameworkFile } from '../../../../shared/import/import-framework';
import { describeProblem } from '../../../../shared/import/import-result';

const folder = resolve(import.meta.dirname, '../../../fixtures/frameworks/real');

interface Expected {
  track: string;
  level: string;
  area: string;
  skill?: string;
  text: string;
}

function expectedOf(name: string): Expected[] {
  const data: { statements: Expected[] } = JSON.parse(readFileSync(resolve(folder, `${name}.expected.json`), 'utf8'));
  return data.statements;
}

function importFile(fileName: string): CareerMap {
  const bytes = new Uint8Array(readFileSync(resolve(folder, fileName)));
  const { result } = importFrameworkFile(fileName, bytes);
  if (!result.ok) throw new Error(result.problems.map((problem) => describeProblem(fileName, problem)).join('\n'));
  if (result.framework.kind !== 'career-map') throw new Error('expected a career map');
  return result.framework;
}

/**
 * Everything stored, statements and examples, in the order the file gives them: within each level
 * and skill area, its statements and then its examples (Snowflake lists a milestone's summary and
 * signals before its examples).
 */
function storedTexts(map: CareerMap): Expected[] {
  return map.tracks.flatMap((track) =>
    track.levels.flatMap((level) => {
      const areaOrder = [
        ...new Set([...level.statements.map((statement) => statement.areaId), ...(level.examples ?? []).map((example) => example.areaId)]),
      ];
      return areaOrder.flatMap((areaId) => {
        const area = track.areas.find((candidate) => candidate.id === areaId)?.name ?? areaId;
        return [
          ...level.statements
            .filter((statement) => statement.areaId === areaId)
            .map((statement) => ({
              track: track.name,
              level: level.id,
              area,
              ...(statement.skillName ? { skill: statement.skillName } : {}),
              text: statement.text,
            })),
          ...(level.examples ?? [])
            .filter((example) => example.areaId === areaId)
            .map((example) => ({ track: track.name, level: level.id, area, text: example.text })),
        ];
      });
    }),
  );
}

const placeKey = (entry: Expected) => `${entry.track}\u0000${entry.level}\u0000${entry.area}`;

function inFileOrder(stored: readonly Expected[], wanted: readonly Expected[]): Expected[] {
  const groups = new Map<string, Expected[]>();
  for (const entry of stored) groups.set(placeKey(entry), [...(groups.get(placeKey(entry)) ?? []), entry]);
  const order = [...new Set(wanted.map(placeKey))];
  const extra = [...groups.keys()].filter((key) => !order.includes(key));
  return [...order, ...extra].flatMap((key) => groups.get(key) ?? []);
}

describe('the real frameworks, imported from their files', () => {
  it.each([
    ['snowflake.csv', 'snowflake'],
    ['snowflake-semicolon.csv', 'snowflake'],
    ['snowflake.yaml', 'snowflake'],
    ['engineeringladders.csv', 'engineeringladders'],
    ['monzo-engineering.json', 'monzo-engineering'],
  ])('%s stores exactly the text of the file', (fileName, expected) => {
    const stored = storedTexts(importFile(fileName));
    const wanted = expectedOf(expected);
    // The model keeps statements by level; a file may list them area by area (Snowflake does). Within
    // each track, level and area the order must be the file's, and nothing may be added or lost.
    expect(inFileOrder(stored, wanted)).toEqual(wanted);
  });

  it('reads Snowflake’s examples as examples: shown with each milestone, never rated', () => {
    const map = importFile('snowflake.csv');
    const [track] = map.tracks;
    const statements = track?.levels.reduce((sum, level) => sum + level.statements.length, 0);
    const examples = track?.levels.reduce((sum, level) => sum + (level.examples?.length ?? 0), 0);
    expect([statements, examples]).toEqual([320, 240]);
    expect(track?.levels[0]?.examples?.[0]).toEqual({ areaId: 'mobile', text: 'Added existing button to a different iOS surface' });
  });

  it('finds the comma and the semicolon copies of one spreadsheet identical', () => {
    expect(isSameContent(importFile('snowflake.csv'), importFile('snowflake-semicolon.csv'))).toBe(true);
  });

  it('finds a framework identical to its own CSV and JSON exports', () => {
    for (const name of ['snowflake.csv', 'engineeringladders.csv', 'monzo-engineering.json']) {
      const map = importFile(name);
      for (const [file, text] of [
        ['export.csv', frameworkToCsv(map)],
        ['export.json', frameworkToJson(map)],
      ] as const) {
        const { result } = importFrameworkFile(file, new TextEncoder().encode(text));
        if (!result.ok) throw new Error(result.problems.map((problem) => describeProblem(file, problem)).join('\n'));
        if (file.endsWith('.json')) expect(isSameContent(map, result.framework)).toBe(true);
        // CSV has no column for the framework's notes: everything else comes back.
        else expect(isSameContent({ ...map, notes: [] }, result.framework)).toBe(true);
      }
    }
  });
});
