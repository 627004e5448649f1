/**
 * Whatever a file holds — truncated, with bytes changed, lines dropped or doubled — the importer
 * answers with a result (never throws), and a framework it accepts is a whole, valid one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { frameworkSchema } from '../../../../shared/framework/schema';
import { frameworkToCsv, frameworkToJson } from '../../../../shared/import/export-framework';
import { importFramework } from '../../../../shared/import/import-framework';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';

const map = loadCareerMap();
const originals: [string, string][] = [
  ['career-map.json', frameworkToJson(map)],
  ['role-card.json', frameworkToJson(loadRoleCard())],
  ['career-map.csv', frameworkToCsv(map)],
  ['career-map.yaml', stringify(map)],
];

/** A file changed the ways files get damaged: cut short, characters replaced, lines lost or repeated. */
const damaged = fc.constantFrom(...originals).chain(([name, text]) =>
  fc
    .oneof(
      fc.nat({ max: text.length }).map((end) => text.slice(0, end)),
      fc
        .array(
          fc.tuple(
            fc.nat({ max: Math.max(0, text.length - 1) }),
            fc.constantFrom('"', ',', ';', '\n', '{', '}', '[', ':', '\\', ' ', 'x', '\u0000', '\uFEFF'),
          ),
          { minLength: 1, maxLength: 8 },
        )
        .map((edits) => edits.reduce((changed, [at, character]) => changed.slice(0, at) + character + changed.slice(at + 1), text)),
      fc.array(fc.nat({ max: 400 }), { minLength: 1, maxLength: 6 }).map((drops) =>
        text
          .split('\n')
          .filter((_, index) => !drops.includes(index))
          .join('\n'),
      ),
      fc.nat({ max: 400 }).map((line) => {
        const lines = text.split('\n');
        return [...lines.slice(0, line), lines[line] ?? '', ...lines.slice(line)].join('\n');
      }),
    )
    .map((text) => [name, text] as const),
);

describe('importing damaged files', () => {
  it('always answers with a whole framework or with problems that say where', () => {
    fc.assert(
      fc.property(damaged, ([name, text]) => {
        const result = importFramework(name, text);
        if (result.ok) {
          expect(frameworkSchema.safeParse(result.framework).success).toBe(true);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});
