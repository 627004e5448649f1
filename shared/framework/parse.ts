/**
 * Turning untrusted JSON text into a validated framework, with problems a person can act on.
 */
import type { z } from 'zod';
import type { $ZodRawIssue } from 'zod/v4/core';
// With extensions: the build's own config loads this file too (scripts/vite-plugins.ts), as Node does.
import { frameworkSchema, type Framework } from './schema.ts';
import { errorMessage } from '../errors/error-message.ts';

export type FrameworkParseResult = { ok: true; framework: Framework } | { ok: false; problem: string };

/** "tracks[0].levels[2].id" from zod's path array. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

const typeWords: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'nothing (null)',
  undefined: 'nothing',
};

function valueWords(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text “${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

/**
 * zod's messages in the words of a person who wrote the file: "missing; expected text" rather than
 * "expected string, received undefined", and the offending value quoted. Pass as `{ error: issueInWords }`.
 */
export function issueInWords(issue: $ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    const expected = typeWords[issue.expected] ?? issue.expected;
    return issue.input === undefined ? `missing; expected ${expected}` : `expected ${expected}, found ${valueWords(issue.input)}`;
  }
  if (issue.code === 'invalid_value') {
    return `${valueWords(issue.input)} is not one of ${issue.values.map((value) => `“${String(value)}”`).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    return `${valueWords(issue.input)} is not a kind Waymark knows; expected “career-map” or “role-card”`;
  }
  return undefined;
}

export function describeIssues(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = formatIssuePath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - limit;
  if (more > 0) lines.push(`…and ${more} more problem${more === 1 ? '' : 's'}`);
  return lines.join('\n');
}

/**
 * A framework the build validated and wrote as the schema read it (its digest checked by the caller):
 * the JSON is the schema's output already, so validating it again at every start would only cost time.
 */
export function readValidatedFrameworkJson(text: string): FrameworkParseResult {
  try {
    return { ok: true, framework: JSON.parse(text) as Framework };
  } catch (error) {
    return { ok: false, problem: `The file is not valid JSON (${errorMessage(error)}).` };
  }
}

export function parseFrameworkJson(text: string): FrameworkParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = errorMessage(error);
    return { ok: false, problem: `The file is not valid JSON (${reason}).` };
  }
  const result = frameworkSchema.safeParse(data, { error: issueInWords });
  if (!result.success) return { ok: false, problem: describeIssues(result.error) };
  return { ok: true, framework: result.data };
}
