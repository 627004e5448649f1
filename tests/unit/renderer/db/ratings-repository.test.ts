import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearRating, ratingsFor, saveRating, saveRatingNote } from '../../../../renderer/db/ratings-repository';
import { careerMapId, openTestDatabase, roleCardId } from './workspace-test-database';

const personId = '0b6f2d47-3c1e-4d8a-9f6b-2a7e5c9d1f30';
const now = new Date('2026-02-17T19:02:44.870Z');

describe('ratings', () => {
  it('reads back what was saved, for the framework asked about only', async () => {
    const db = await openTestDatabase();
    const statement = await saveRating(db, { personId, frameworkId: careerMapId, itemId: 'frontend.L5.skill.2', value: 'partly' }, now);
    const component = await saveRating(db, { personId, frameworkId: roleCardId, itemId: 'skill.1', value: 4 }, now);
    const notApplicable = await saveRating(
      db,
      { personId, frameworkId: roleCardId, itemId: 'qualification.2', value: 'not-applicable' },
      now,
    );
    await saveRating(db, { personId: 'someone-else', frameworkId: careerMapId, itemId: 'frontend.L5.skill.2', value: 'not-yet' }, now);

    expect(statement).toEqual({
      personId,
      frameworkId: careerMapId,
      rater: 'self',
      itemId: 'frontend.L5.skill.2',
      value: 'partly',
      updatedAt: now.toISOString(),
    });
    expect(await ratingsFor(db, personId, careerMapId)).toEqual([statement]);
    expect(await ratingsFor(db, personId, roleCardId)).toEqual(expect.arrayContaining([component, notApplicable]));
    expect(await ratingsFor(db, personId, roleCardId)).toHaveLength(2);
  });

  it('replaces an earlier rating of the same item, keeping its note', async () => {
    const db = await openTestDatabase();
    await saveRating(db, { personId, frameworkId: roleCardId, itemId: 'task.1', value: 1, note: 'With help.' }, now);
    const later = new Date('2026-03-01T09:00:00.000Z');

    const replaced = await saveRating(db, { personId, frameworkId: roleCardId, itemId: 'task.1', value: 0 }, later);

    expect(replaced).toMatchObject({ value: 0, note: 'With help.', updatedAt: later.toISOString() });
    expect(await ratingsFor(db, personId, roleCardId)).toEqual([replaced]);
  });

  it('clears a rating, and its note with it', async () => {
    const db = await openTestDatabase();
    await saveRating(db, { personId, frameworkId: careerMapId, itemId: 'frontend.L5.skill.1', value: 'consistently', note: 'Shipped it.' });
    await saveRating(db, { personId, frameworkId: careerMapId, itemId: 'frontend.L5.skill.3', value: 'not-yet' });

    await clearRating(db, { personId, frameworkId: careerMapId, rater: 'self', itemId: 'frontend.L5.skill.1' });

    expect((await ratingsFor(db, personId, careerMapId)).map((rating) => rating.itemId)).toEqual(['frontend.L5.skill.3']);
  });

  it('rejects an invalid rating with a message naming the field', async () => {
    const db = await openTestDatabase();

    await expect(saveRating(db, { personId, frameworkId: careerMapId, itemId: '', value: 'partly' })).rejects.toThrow(
      /^Your rating was not saved: .*\(itemId\)\. Correct it and try again\.$/,
    );
    expect(await db.ratingsByRater.count()).toBe(0);
  });
});

describe('damaged ratings', () => {
  it('are reported when read, not passed on', async () => {
    const db = await openTestDatabase();
    // Written around the repository, as a bug or a hand-edited database could.
    await db
      .table('ratingsByRater')
      .put({ personId, frameworkId: careerMapId, rater: 'self', itemId: 'frontend.L5.skill.1', value: 7, updatedAt: now.toISOString() });

    const reading = ratingsFor(db, personId, careerMapId);
    await expect(reading).rejects.toMatchObject({ name: 'WorkspaceError', kind: 'unknown' });
    await expect(reading).rejects.toThrow(
      /^The ratings could not be loaded: a saved record is damaged \(.*\(value\)\)\. Nothing was changed/,
    );
  });
});

describe('ratings in two frameworks', () => {
  it('keep apart when the item ids are the same', async () => {
    const db = await openTestDatabase();
    await saveRating(db, { personId, frameworkId: 'role-card-a', itemId: 'skill.1', value: 4 });
    await saveRating(db, { personId, frameworkId: 'role-card-b', itemId: 'skill.1', value: 1 });

    expect((await ratingsFor(db, personId, 'role-card-a')).map((rating) => rating.value)).toEqual([4]);
    expect((await ratingsFor(db, personId, 'role-card-b')).map((rating) => rating.value)).toEqual([1]);
  });
});

describe('rating notes', () => {
  it('sets, replaces and removes the note of a rating', async () => {
    const db = await openTestDatabase();
    await saveRating(db, { personId, frameworkId: careerMapId, itemId: 'frontend.L5.skill.2', value: 'partly' });

    const noted = await saveRatingNote(
      db,
      { personId, frameworkId: careerMapId, rater: 'self', itemId: 'frontend.L5.skill.2' },
      'Paired on the cache layer.',
      now,
    );
    expect(noted).toMatchObject({ value: 'partly', note: 'Paired on the cache layer.', updatedAt: now.toISOString() });
    expect(await db.ratingsByRater.get([personId, careerMapId, 'self', 'frontend.L5.skill.2'])).toEqual(noted);

    const cleared = await saveRatingNote(db, { personId, frameworkId: careerMapId, rater: 'self', itemId: 'frontend.L5.skill.2' }, '  ');
    expect(cleared).not.toHaveProperty('note');
    expect(await db.ratingsByRater.get([personId, careerMapId, 'self', 'frontend.L5.skill.2'])).toEqual(cleared);
  });

  it('asks for a rating first when the item is not rated', async () => {
    const db = await openTestDatabase();

    const attempt = saveRatingNote(
      db,
      { personId, frameworkId: careerMapId, rater: 'self', itemId: 'frontend.L5.skill.4' },
      'A note without a rating',
    );
    await expect(attempt).rejects.toMatchObject({ name: 'WorkspaceError', kind: 'invalid' });
    await expect(attempt).rejects.toThrow(/rate this item first/);
    expect(await db.ratingsByRater.count()).toBe(0);
  });
});

describe('ratings by rater', () => {
  it('keeps the self, manager and agreed ratings of one statement apart, each with its note and date', async () => {
    const db = await openTestDatabase();
    const itemId = 'frontend.L5.skill.1';
    const self = await saveRating(db, { personId, frameworkId: careerMapId, itemId, value: 'consistently', note: 'I led it.' }, now);
    const later = new Date('2026-03-01T09:00:00.000Z');
    const manager = await saveRating(
      db,
      { personId, frameworkId: careerMapId, rater: 'manager', itemId, value: 'not-yet', note: 'Not seen yet.' },
      later,
    );
    const agreed = await saveRating(db, { personId, frameworkId: careerMapId, rater: 'agreed', itemId, value: 'partly' }, later);

    expect(await ratingsFor(db, personId, careerMapId)).toEqual(expect.arrayContaining([self, manager, agreed]));
    expect(self).toMatchObject({ rater: 'self', note: 'I led it.', updatedAt: now.toISOString() });
    expect(manager).toMatchObject({ rater: 'manager', note: 'Not seen yet.', updatedAt: later.toISOString() });

    await clearRating(db, { personId, frameworkId: careerMapId, rater: 'manager', itemId });
    expect((await ratingsFor(db, personId, careerMapId)).map((rating) => rating.rater).sort()).toEqual(['agreed', 'self']);
  });
});
