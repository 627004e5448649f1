import 'fake-indexeddb/auto';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  newestImportedFrameworks,
  removeImportedFramework,
  storedRevisionsOf,
  storeFrameworkVersion,
} from '../../../../renderer/db/imported-frameworks-repository';
import { addEvidence, evidenceFor } from '../../../../renderer/db/evidence-repository';
import { goalsFor, saveGoal } from '../../../../renderer/db/goals-repository';
import { deriveKey, newSalt } from '../../../../renderer/db/sealing';
import type { WorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { isSealedRow, setWorkspaceKey } from '../../../../renderer/db/sealing-middleware';
import { ratingsFor, saveRating } from '../../../../renderer/db/ratings-repository';
import type { CareerMap } from '../../../../shared/framework/schema';
import { webLadder } from '../../shared/import/web-ladder';
import { openTestDatabase, testDatabaseName } from './workspace-test-database';

const ladder = (version: string, texts: string[]) => webLadder(version, { W1: texts });

/** An evidence entry of person p, on statements of the web ladder. */
const evidenceOn = (db: WorkspaceDatabase, itemIds: string[]) =>
  addEvidence(db, { personId: 'p', date: '2026-03-01', text: 'Reviews', frameworkId: 'web-ladder', itemIds });

const entry = (framework: CareerMap, revision: number) => ({
  id: framework.id,
  revision,
  importedAt: `2026-0${revision}-01T10:00:00.000Z`,
  fileName: 'web.csv',
  framework,
});

describe('imported frameworks', () => {
  it('keeps every version and offers the newest', async () => {
    const db = await openTestDatabase();
    const first = ladder('1', ['Builds pages', 'Writes tests']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    const second = ladder('2', ['Builds pages', 'Writes good tests']);
    await storeFrameworkVersion(db, entry(second, 2), first);
    const all = await db.importedFrameworks.toArray();
    expect(all.map((stored) => [stored.revision, stored.framework.version])).toEqual([
      [1, '1'],
      [2, '2'],
    ]);
    expect((await newestImportedFrameworks(db)).map((stored) => stored.framework.version)).toEqual(['2']);
  });

  it('reads at start only the newest version of each framework: an earlier one, even damaged, is not read', async () => {
    const db = await openTestDatabase();
    const first = ladder('2025', ['Builds pages']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    const second = ladder('2026 春', ['Builds pages ✨']);
    await storeFrameworkVersion(db, entry(second, 2), first);
    await storeFrameworkVersion(
      db,
      { ...entry({ ...first, id: 'other-ladder', name: 'Другая лестница' }, 1), id: 'other-ladder' },
      undefined,
    );
    // The first version damaged on disk: nothing on screen shows it, and it no longer stops the start.
    await db.importedFrameworks.update(['web-ladder', 1], { 'framework.tracks': 'torn' } as never);

    const newest = await newestImportedFrameworks(db);

    expect(newest.map((stored) => [stored.id, stored.revision, stored.framework.name, stored.framework.version])).toEqual([
      ['other-ladder', 1, 'Другая лестница', '2025'],
      ['web-ladder', 2, 'Web ladder', '2026 春'],
    ]);
    // The version at hand is still checked as it is read.
    await db.importedFrameworks.update(['web-ladder', 2], { 'framework.tracks': 'torn' } as never);
    await expect(newestImportedFrameworks(db)).rejects.toThrow(/^The imported frameworks could not be loaded: a saved record is damaged/);
  });

  it('tells the revisions of a framework and the labels they were stored with, for the next one', async () => {
    const db = await openTestDatabase();
    const first = ladder('2025', ['Builds pages']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    await storeFrameworkVersion(db, entry(ladder('2026 春', ['Builds pages ✨']), 2), first);
    await storeFrameworkVersion(db, { ...entry({ ...first, id: 'other-ladder' }, 1), id: 'other-ladder' }, undefined);

    expect(await storedRevisionsOf(db, 'web-ladder')).toEqual({ revisions: [1, 2], labels: ['2025', '2026 春'] });
    expect(await storedRevisionsOf(db, 'nothing-here')).toEqual({ revisions: [], labels: [] });
  });

  it('reads the newest version of one framework, and none of the others', async () => {
    const db = await openTestDatabase();
    const first = ladder('1', ['Builds pages']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    await storeFrameworkVersion(db, { ...entry({ ...first, id: 'other-ladder' }, 1), id: 'other-ladder' }, undefined);
    await storeFrameworkVersion(db, entry(ladder('2', ['Builds fast pages']), 2), first);
    // An earlier version damaged on disk stops nothing: a new import compares with the newest only.
    await db.importedFrameworks.update(['web-ladder', 1], { 'framework.tracks': 'torn' } as never);
    expect(
      (await newestImportedFrameworks(db, 'web-ladder')).map((stored) => [stored.id, stored.revision, stored.framework.version]),
    ).toEqual([['web-ladder', 2, '2']]);
    expect(await newestImportedFrameworks(db, 'nothing-here')).toEqual([]);
  });

  it('keeps ratings on unchanged statements as they are, and flags reworded and removed ones for a re-check', async () => {
    const db = await openTestDatabase();
    const first = ladder('1', ['Builds pages', 'Writes tests', 'Reviews code']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    for (const itemId of ['web.W1.skill.1', 'web.W1.skill.2', 'web.W1.skill.3']) {
      await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', itemId, value: 'partly' });
    }
    await saveRating(db, { personId: 'p', frameworkId: 'other', itemId: 'web.W1.skill.2', value: 'partly' });

    const { changes } = await storeFrameworkVersion(db, entry(ladder('2', ['Builds pages', 'Writes good tests']), 2), first);

    expect(changes).toEqual({
      unchanged: ['web.W1.skill.1'],
      moved: [],
      reworded: [{ from: 'web.W1.skill.2', to: 'web.W1.skill.2' }],
      removed: ['web.W1.skill.3'],
      added: [],
    });
    const ratings = await ratingsFor(db, 'p', 'web-ladder');
    expect(ratings.map((rating) => [rating.itemId, rating.value, rating.recheck])).toEqual([
      ['web.W1.skill.1', 'partly', undefined],
      ['web.W1.skill.2', 'partly', 'reworded'],
      ['web.W1.skill.3', 'partly', 'removed'],
    ]);
    expect((await ratingsFor(db, 'p', 'other'))[0]?.recheck).toBeUndefined();
  });

  it('moves ratings, evidence and goals with their statements when one is inserted before them', async () => {
    const db = await openTestDatabase();
    const first = ladder('2025', ['Builds pages', 'Writes tests', 'Reviews code']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    const ids = ['web.W1.skill.1', 'web.W1.skill.2', 'web.W1.skill.3'];
    for (const [index, itemId] of ids.entries()) {
      await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', itemId, value: index === 2 ? 'consistently' : 'partly' });
    }
    await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', rater: 'manager', itemId: 'web.W1.skill.3', value: 'not-yet' });
    // The same ids in another framework are not this one's.
    await saveRating(db, { personId: 'p', frameworkId: 'other', itemId: 'web.W1.skill.1', value: 'partly' });
    const tagged = await addEvidence(db, {
      personId: 'p',
      date: '2026-03-01',
      text: 'Reviewed the checkout rewrite',
      frameworkId: 'web-ladder',
      itemIds: ['web.W1.skill.3', 'web.W1.skill.1'],
    });
    const elsewhere = await addEvidence(db, {
      personId: 'p',
      date: '2026-03-02',
      text: 'Other',
      frameworkId: 'other',
      itemIds: ['web.W1.skill.1'],
    });
    const goal = await saveGoal(db, {
      personId: 'p',
      frameworkId: 'web-ladder',
      title: 'Review more',
      itemIds: ['web.W1.skill.3'],
      owner: 'me',
      status: 'planned',
      actions: [],
      evidenceIds: [],
      archived: false,
    });

    // A statement inserted first, and the second one reworded: every id after the insertion moves along.
    const second = ladder('2026', ['Pairs with designers', 'Builds pages', 'Writes good tests', 'Reviews code']);
    const { changes } = await storeFrameworkVersion(db, entry(second, 2), first);

    expect(changes).toEqual({
      unchanged: [],
      moved: [
        { from: 'web.W1.skill.1', to: 'web.W1.skill.2' },
        { from: 'web.W1.skill.3', to: 'web.W1.skill.4' },
      ],
      reworded: [{ from: 'web.W1.skill.2', to: 'web.W1.skill.3' }],
      removed: [],
      added: ['web.W1.skill.1'],
    });
    const ratings = await ratingsFor(db, 'p', 'web-ladder');
    expect(ratings.map((rating) => [rating.rater, rating.itemId, rating.value, rating.recheck]).sort()).toEqual([
      ['manager', 'web.W1.skill.4', 'not-yet', undefined],
      ['self', 'web.W1.skill.2', 'partly', undefined],
      ['self', 'web.W1.skill.3', 'partly', 'reworded'],
      ['self', 'web.W1.skill.4', 'consistently', undefined],
    ]);
    expect((await ratingsFor(db, 'p', 'other')).map((rating) => rating.itemId)).toEqual(['web.W1.skill.1']);
    const evidence = await evidenceFor(db, 'p');
    expect(evidence.find((item) => item.id === tagged.id)?.itemIds).toEqual(['web.W1.skill.4', 'web.W1.skill.2']);
    expect(evidence.find((item) => item.id === elsewhere.id)?.itemIds).toEqual(['web.W1.skill.1']);
    expect((await goalsFor(db, 'p')).find((item) => item.id === goal.id)?.itemIds).toEqual(['web.W1.skill.4']);
  });

  it("sets a removed statement's ratings and evidence aside when the new version gives its id to another", async () => {
    const db = await openTestDatabase();
    const first = ladder('2025', ['Builds pages', 'Writes tests', 'Reviews code']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', itemId: 'web.W1.skill.2', value: 'partly' });
    await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', itemId: 'web.W1.skill.3', value: 'consistently' });
    const tagged = await addEvidence(db, {
      personId: 'p',
      date: '2026-03-01',
      text: 'Tests',
      frameworkId: 'web-ladder',
      itemIds: ['web.W1.skill.2'],
    });

    // "Writes tests" goes; "Reviews code" moves up into its id.
    const { changes } = await storeFrameworkVersion(db, entry(ladder('2026', ['Builds pages', 'Reviews code']), 2), first);

    expect(changes?.moved).toEqual([{ from: 'web.W1.skill.3', to: 'web.W1.skill.2' }]);
    expect(changes?.removed).toEqual(['web.W1.skill.2']);
    const ratings = await ratingsFor(db, 'p', 'web-ladder');
    expect(ratings.map((rating) => [rating.itemId, rating.value, rating.recheck])).toEqual([
      ['web.W1.skill.2', 'consistently', undefined],
      ['web.W1.skill.2 (before version 2026)', 'partly', 'removed'],
    ]);
    expect((await evidenceFor(db, 'p')).find((item) => item.id === tagged.id)?.itemIds).toEqual(['web.W1.skill.2 (before version 2026)']);
  });

  it('never lets a later version show what an earlier one removed against another statement', async () => {
    const db = await openTestDatabase();
    const first = ladder('1', ['Builds pages', 'Writes tests', 'Reviews code']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', itemId: 'web.W1.skill.3', value: 'consistently' });
    const tagged = await evidenceOn(db, ['web.W1.skill.3']);
    // Version 2 removes "Reviews code": its rating stays on skill.3, which no statement has now.
    const second = ladder('2', ['Builds pages', 'Writes tests']);
    await storeFrameworkVersion(db, entry(second, 2), first);
    // Version 3 inserts a statement first: "Writes tests" moves into skill.3.
    await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', itemId: 'web.W1.skill.2', value: 'partly' });
    await storeFrameworkVersion(db, entry(ladder('3', ['Pairs with designers', 'Builds pages', 'Writes tests']), 3), second);

    const ratings = await ratingsFor(db, 'p', 'web-ladder');
    expect(ratings.map((rating) => [rating.itemId, rating.value, rating.recheck])).toEqual([
      ['web.W1.skill.3', 'partly', undefined],
      ['web.W1.skill.3 (before version 3)', 'consistently', 'removed'],
    ]);
    expect((await evidenceFor(db, 'p')).find((item) => item.id === tagged.id)?.itemIds).toEqual(['web.W1.skill.3 (before version 3)']);
  });

  it('clears the flag when the statement is rated again', async () => {
    const db = await openTestDatabase();
    const first = ladder('1', ['Writes tests']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', itemId: 'web.W1.skill.1', value: 'partly' });
    await storeFrameworkVersion(db, entry(ladder('2', ['Writes good tests']), 2), first);
    await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', itemId: 'web.W1.skill.1', value: 'consistently' });
    expect((await ratingsFor(db, 'p', 'web-ladder'))[0]).not.toHaveProperty('recheck');
  });

  it('removes every version of a framework and keeps the ratings', async () => {
    const db = await openTestDatabase();
    await storeFrameworkVersion(db, entry(ladder('1', ['Builds pages']), 1), undefined);
    await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', itemId: 'web.W1.skill.1', value: 'partly' });
    await removeImportedFramework(db, 'web-ladder');
    expect(await newestImportedFrameworks(db)).toEqual([]);
    expect(await ratingsFor(db, 'p', 'web-ladder')).toHaveLength(1);
  });
});

describe('a new version of a framework in a locked workspace', () => {
  it('moves the sealed ratings and evidence with their statements, and leaves them sealed', async () => {
    const name = testDatabaseName();
    setWorkspaceKey(name, await deriveKey('correct horse battery', newSalt(), 1000));
    onTestFinished(() => setWorkspaceKey(name, null));
    const db = await openTestDatabase(name);
    const first = ladder('2025', ['Builds pages', 'Writes tests', 'Reviews code']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    await saveRating(db, {
      personId: 'p',
      frameworkId: 'web-ladder',
      itemId: 'web.W1.skill.3',
      value: 'consistently',
      note: 'Reviewed 40 changes 🔍',
    });
    const tagged = await evidenceOn(db, ['web.W1.skill.3']);

    await storeFrameworkVersion(
      db,
      entry(ladder('2026', ['Pairs with designers', 'Builds pages', 'Writes tests', 'Reviews code']), 2),
      first,
    );

    expect((await ratingsFor(db, 'p', 'web-ladder')).map((rating) => [rating.itemId, rating.value, rating.note])).toEqual([
      ['web.W1.skill.4', 'consistently', 'Reviewed 40 changes 🔍'],
    ]);
    expect((await evidenceFor(db, 'p')).find((item) => item.id === tagged.id)?.itemIds).toEqual(['web.W1.skill.4']);
    const stored = db.backendDB().transaction(['ratingsByRater', 'evidence'], 'readonly');
    const rows = await Promise.all(
      ['ratingsByRater', 'evidence'].map(
        (table) =>
          new Promise<unknown[]>((resolve) => {
            const request = stored.objectStore(table).getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
          }),
      ),
    );
    expect(rows.flat().length).toBe(2);
    expect(rows.flat().every(isSealedRow)).toBe(true);
  });
});

describe('a new version written while the disk fails', () => {
  it('stores nothing of it and flags no rating, when the write fails after the framework is put', async () => {
    const db = await openTestDatabase();
    const first = ladder('1', ['Builds pages', 'Writes tests']);
    await storeFrameworkVersion(db, entry(first, 1), undefined);
    await saveRating(db, { personId: 'p', frameworkId: 'web-ladder', itemId: 'web.W1.skill.2', value: 'partly' });
    // The framework goes in first, then the ratings are flagged: fail the flagging, inside the same transaction.
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'ratingsByRater') throw new DOMException('The disk failed.', 'UnknownError');
      return put.apply(this, args);
    };
    try {
      await expect(storeFrameworkVersion(db, entry(ladder('2', ['Builds pages', 'Writes good tests']), 2), first)).rejects.toThrow();
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await db.importedFrameworks.toArray()).map((stored) => stored.revision)).toEqual([1]);
    expect((await ratingsFor(db, 'p', 'web-ladder')).map((rating) => rating.recheck)).toEqual([undefined]);
  });
});
