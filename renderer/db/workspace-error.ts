/**
 * Failures of the workspace database, turned into messages a person can act on (conventions §11):
 * what happened, what to do, and that what they typed is not lost.
 */
import type { z } from 'zod';

/**
 * `invalid`: the data itself breaks a rule (a duplicate key, a record that does not fit), so the same
 * write can never succeed; `closed` and `newer-version` need a restart or an update first.
 */
export type WorkspaceErrorKind = 'quota' | 'closed' | 'newer-version' | 'invalid' | 'unknown';

/** Whether running the same write again can succeed: only after space is freed, or a passing fault. */
export function canRetry(error: WorkspaceError): boolean {
  return error.kind === 'quota' || error.kind === 'unknown';
}

/** Saving changes the workspace; loading only reads it, so a failure there loses nothing typed. */
export type WorkspaceOperation = 'save' | 'load';

export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';

  constructor(
    readonly kind: WorkspaceErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Classifies a Dexie or DOM error. `action` names what was being saved or loaded, as a person would
 * say it ("your rating"). Dexie wraps the browser's error in `inner` (an AbortError whose inner error
 * is the QuotaExceededError), so the whole chain is searched, not just the outer name.
 */
export function toWorkspaceError(error: unknown, action: string, operation: WorkspaceOperation = 'save'): WorkspaceError {
  if (error instanceof WorkspaceError) return error;
  const names = new Set(errorChain(error).map(errorName));
  const outcome = operation === 'save' ? `${action} was not saved` : `${action} could not be loaded`;
  const kept = operation === 'save' ? '; what you entered is still on screen.' : '.';
  const options = { cause: error };

  if (names.has('QuotaExceededError')) {
    return new WorkspaceError(
      'quota',
      `Your disk is full or the storage quota is used up: ${outcome}. Free some space and try again${kept}`,
      options,
    );
  }
  if (names.has('VersionError')) {
    return new WorkspaceError(
      'newer-version',
      `Your workspace was saved by a newer version of Waymark: ${outcome}. Install the latest Waymark to use it${kept}`,
      options,
    );
  }
  if (names.has('DatabaseClosedError') || names.has('InvalidStateError')) {
    return new WorkspaceError(
      'closed',
      `Waymark lost its connection to your workspace: ${outcome}. Restart Waymark and try again${kept}`,
      options,
    );
  }
  if (names.has('ConstraintError') || names.has('DataError') || names.has('DataCloneError')) {
    return new WorkspaceError(
      'invalid',
      `${capitalize(outcome)}: the data breaks a rule of the workspace (${reasonOf(error)}). Trying again will not help; nothing was changed. Please report this message${kept}`,
      options,
    );
  }
  return new WorkspaceError(
    'unknown',
    `${capitalize(outcome)}: ${reasonOf(error)}. Try again, and restart Waymark if it keeps happening${kept}`,
    options,
  );
}

/** Parses input before it is written; a problem becomes a WorkspaceError that names the field. */
export function parseForSave<Schema extends z.ZodType>(schema: Schema, input: unknown, action: string): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  return failSave(`${capitalize(action)} was not saved: ${describeIssues(result.error)}. Correct it and try again.`, result.error);
}

/** Parses a row read back from the database; one that does not fit is reported, never shown half-read. */
export function parseStored<Schema extends z.ZodType>(schema: Schema, row: unknown, action: string): z.output<Schema> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  throw new WorkspaceError(
    'unknown',
    `${capitalize(action)} could not be loaded: a saved record is damaged (${describeIssues(result.error)}). Nothing was changed; if restarting Waymark does not help, report this message.`,
    { cause: result.error },
  );
}

/** A save that cannot go ahead for a reason we found ourselves (a missing record, a broken rule). */
export function failSave(message: string, cause?: unknown): never {
  throw new WorkspaceError('invalid', message, cause === undefined ? undefined : { cause });
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length > 0 ? `${issue.message} (${issue.path.join('.')})` : issue.message)).join('; ');
}

function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; isObject(current) && !chain.includes(current) && chain.length < 10; current = innerOf(current)) {
    chain.push(current);
  }
  return chain;
}

function innerOf(error: object): unknown {
  if ('inner' in error && error.inner !== undefined && error.inner !== null) return error.inner;
  return 'cause' in error ? error.cause : undefined;
}

function errorName(error: unknown): string | undefined {
  return isObject(error) && 'name' in error && typeof error.name === 'string' ? error.name : undefined;
}

function reasonOf(error: unknown): string {
  const message = isObject(error) && 'message' in error && typeof error.message === 'string' ? error.message : String(error);
  return message.trim().replace(/\.$/, '') || (errorName(error) ?? 'an unexpected error');
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
