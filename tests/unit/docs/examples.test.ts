import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFramework } from '../../../shared/import/import-framework';

const read = (name: string) => readFileSync(resolve(import.meta.dirname, '../../../docs/examples', name), 'utf8');

describe('the documented examples', () => {
  it.each(['web-ladder.yaml', 'web-ladder.csv'])('%s imports cleanly', (name) => {
    const result = importFramework(name, read(name));
    expect(result.ok ? result.notices : result.problems).toEqual([]);
  });

  it('say the same thing in YAML and in CSV, statement by statement', () => {
    const yaml = importFramework('web-ladder.yaml', read('web-ladder.yaml'));
    const csv = importFramework('web-ladder.csv', read('web-ladder.csv'));
    const statements = (result: typeof yaml) =>
      result.ok && result.framework.kind === 'career-map'
        ? result.framework.tracks.flatMap((track) => track.levels.flatMap((level) => level.statements))
        : [];
    expect(statements(csv)).toEqual(statements(yaml));
  });
});
