/**
 * Turning untrusted JSON text into a validated framework, with problems a person can act on.
 */
import type { z } from 'zod';
import { frameworkSchema, type Framework } from './schema';
import { errorMessage } from '../errors/error-message';

export type FrameworkParseResult = { ok: true; framework: Framework } | { ok: false; problem: string };

/** "tracks[0].levels[2].id" from zod's path array. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
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

export function parseFrameworkJson(text: string): FrameworkParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = errorMessage(error);
    return { ok: false, problem: `The file is not valid JSON (${reason}).` };
  }
  const result = frameworkSchema.safeParse(data);
  if (!result.success) return { ok: false, problem: describeIssues(result.error) };
  return { ok: true, framework: result.data };
}
