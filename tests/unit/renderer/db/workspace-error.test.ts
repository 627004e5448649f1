import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ensureMe, updatePerson } from '../../../../renderer/db/people-repository';
import { ratingsFor, saveRating } from '../../../../renderer/db/ratings-repository';
import { canRetry, toWorkspaceError, WorkspaceError } from '../../../../renderer/db/workspace-error';
import { careerMapId, openTestDatabase, testDatabaseName } from './workspace-test-database';

describe('toWorkspaceError', () => {
  const quotaMessage =
    'Your disk is full or the storage quota is used up: your rating was not saved. Free some space and try again; what you entered is still on screen.';

  it.each([
    ['a QuotaExceededError DOMException', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('Quota exceeded')],
    [
      "Dexie's AbortError around a QuotaExceededError",
      new Dexie.AbortError('Transaction aborted', new DOMException('', 'QuotaExceededError')),
    ],
    ['an error caused by a QuotaExceededError', new Error('Write failed', { cause: new Dexie.QuotaExceededError() })],
  ])('reads %s as a full disk', (_, error) => {
    const converted = toWorkspaceError(error, 'your rating');

    expect(converted).toBeInstanceOf(WorkspaceError);
    expect(converted.kind).toBe('quota');
    expect(converted.message).toBe(quotaMessage);
    expect(converted.cause).toBe(error);
  });

  it.each([
    ["Dexie's DatabaseClosedError", new Dexie.DatabaseClosedError('Database has been closed')],
    ['an InvalidStateError DOMException', new DOMException('The database connection is closing.', 'InvalidStateError')],
  ])('reads %s as a lost connection', (_, error) => {
    const converted = toWorkspaceError(error, 'your evidence');

    expect(converted.kind).toBe('closed');
    expect(converted.message).toBe(
      'Waymark lost its connection to your workspace: your evidence was not saved. Restart Waymark and try again; what you entered is still on screen.',
    );
  });

  it.each([
    ["Dexie's VersionError", new Dexie.VersionError('The requested version (10) is less than the existing version (20).')],
    ['a VersionError DOMException', new DOMException('Version too low', 'VersionError')],
    ['a closed database that failed to open as too new', new Dexie.DatabaseClosedError(new Dexie.VersionError())],
  ])('reads %s as a workspace from a newer Waymark', (_, error) => {
    const converted = toWorkspaceError(error, 'your workspace', 'load');

    expect(converted.kind).toBe('newer-version');
    expect(converted.message).toBe(
      'Your workspace was saved by a newer version of Waymark: your workspace could not be loaded. Install the latest Waymark to use it.',
    );
  });

  it('says that a write the data itself refuses will not succeed when tried again', () => {
    const converted = toWorkspaceError(new Dexie.ConstraintError('Key already exists in the object store.'), 'the snapshot');
    expect(converted).toMatchObject({
      kind: 'invalid',
      message:
        'The snapshot was not saved: the data breaks a rule of the workspace (Key already exists in the object store). Trying again will not help; nothing was changed. Please report this message; what you entered is still on screen.',
    });
    expect(canRetry(converted)).toBe(false);
  });

  it('keeps the original reason of anything else, and offers to try again', () => {
    const converted = toWorkspaceError(new Error('The operation failed for reasons unrelated to the database itself.'), 'the snapshot');
    expect(converted).toMatchObject({
      kind: 'unknown',
      message:
        'The snapshot was not saved: The operation failed for reasons unrelated to the database itself. Try again, and restart Waymark if it keeps happening; what you entered is still on screen.',
    });
    expect(canRetry(converted)).toBe(true);
    expect(toWorkspaceError('disk on fire', 'your note').message).toMatch(/^Your note was not saved: disk on fire\./);
  });

  it('passes a WorkspaceError through unchanged', () => {
    const original = new WorkspaceError('closed', 'Already explained.');
    expect(toWorkspaceError(original, 'your rating')).toBe(original);
  });
});

describe('failures of a real database', () => {
  it('reports a write to a closed database as a lost connection and leaves the data as it was', async () => {
    const name = testDatabaseName();
    const db = await openTestDatabase(name);
    const me = await ensureMe(db);
    const rating = await saveRating(db, { personId: me.id, frameworkId: careerMapId, itemId: 'frontend.L5.skill.2', value: 'partly' });
    db.close();

    const write = saveRating(db, { ...rating, value: 'consistently' });
    await expect(write).rejects.toBeInstanceOf(WorkspaceError);
    await expect(write).rejects.toMatchObject({ kind: 'closed' });
    await expect(updatePerson(db, me.id, { name: 'Sam' })).rejects.toMatchObject({ kind: 'closed' });

    const reopened = await openTestDatabase(name);
    expect(await ratingsFor(reopened, me.id, careerMapId)).toEqual([rating]);
    expect(await reopened.people.toArray()).toEqual([me]);
  });
});
