/**
 * Snowflake's real CSV (tests/fixtures/frameworks/real, see the README there for its source and
 * licence) as published, and as a next version would edit it: a statement added mid-level, after the
 * second of Milestone 1's Mobile skills, moving the ids of the rest of that level along.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Framework } from '../../../../shared/framework/schema';
import { importFrameworkFile } from '../../../../shared/import/import-framework';
import { describeProblem } from '../../../../shared/import/import-result';

export const realFolder = resolve(import.meta.dirname, '../../../fixtures/frameworks/real');

/** A framework read from a file's text, as the app imports it. */
export function importCsv(fileName: string, text: string): Framework {
  const { result } = importFrameworkFile(fileName, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.problems.map((problem) => describeProblem(fileName, problem)).join('\n'));
  return result.framework;
}

/** The published CSV's text, and the same with one statement inserted after the second of M1's Mobile skills. */
export function snowflakeVersions(): { original: string; inserted: string } {
  const original = readFileSync(resolve(realFolder, 'snowflake.csv'), 'utf8');
  const lines = original.split('\n');
  const at = lines.findIndex((line) => line.includes('Delivers features requiring simple local modifications'));
  const inserted = [
    ...lines.slice(0, at + 1),
    'Medium Engineering Growth Framework (Snowflake),Engineering,M1,Milestone 1,skill,Mobile,Writes release notes for the app stores,A,signal',
    ...lines.slice(at + 1),
  ].join('\n');
  return { original, inserted };
}
