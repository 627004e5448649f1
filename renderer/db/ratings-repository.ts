/**
 * How a person meets each statement or component: one rating per person, framework, rater and item.
 * The person's own rating, their manager's or coach's, and the agreed one are kept apart, each with its
 * own note and date.
 *
 * A note belongs to a rating: an item must be rated before it can carry a note, and clearing the
 * rating clears its note. This keeps `value` required everywhere ratings are read (gaps, snapshots).
 */
import { type Rater, type Rating, ratingSchema } from '../../shared/workspace/schema';
import { loadInTransaction, saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { failSave, parseForSave, parseStored } from './workspace-error';

/** What a caller gives to rate an item; `updatedAt` is the repository's, and the rater is "self" unless named. */
export type NewRating = Omit<Rating, 'updatedAt' | 'rater'> & { rater?: Rater | undefined };

/** Which rating of which item: a rating's key. */
export interface RatingKey {
  personId: string;
  frameworkId: string;
  rater: Rater;
  itemId: string;
}

function keyOf(key: RatingKey): [string, string, string, string] {
  return [key.personId, key.frameworkId, key.rater, key.itemId];
}

/** Every rater's ratings of a person against one framework. */
export async function ratingsFor(db: WorkspaceDatabase, personId: string, frameworkId: string): Promise<Rating[]> {
  const action = 'the ratings';
  const rows = await loadInTransaction(db, [db.ratingsByRater], action, () =>
    db.ratingsByRater.where('[personId+frameworkId]').equals([personId, frameworkId]).toArray(),
  );
  return rows.map((row) => parseStored(ratingSchema, row, action));
}

/** Rates an item, replacing an earlier rating by the same rater; a note already on it is kept unless one is given. */
export async function saveRating(db: WorkspaceDatabase, input: NewRating, now = new Date()): Promise<Rating> {
  const action = 'your rating';
  const checked = parseForSave(ratingSchema, { ...input, rater: input.rater ?? 'self', updatedAt: now.toISOString() }, action);
  return saveInTransaction(db, [db.ratingsByRater], action, async () => {
    const existing = await db.ratingsByRater.get(keyOf(checked));
    const rating = withoutEmptyNote({ ...checked, note: checked.note ?? existing?.note });
    await db.ratingsByRater.put(rating);
    return rating;
  });
}

/** Removes the rating, and its note with it. */
export async function clearRating(db: WorkspaceDatabase, key: RatingKey): Promise<void> {
  await saveInTransaction(db, [db.ratingsByRater], 'the change to your rating', () => db.ratingsByRater.delete(keyOf(key)));
}

/** Sets the note on an existing rating; an empty note removes it. */
export async function saveRatingNote(db: WorkspaceDatabase, key: RatingKey, note: string, now = new Date()): Promise<Rating> {
  const action = 'your note';
  return saveInTransaction(db, [db.ratingsByRater], action, async () => {
    const existing = await db.ratingsByRater.get(keyOf(key));
    if (!existing) return failSave('Your note was not saved: rate this item first, then add a note to the rating.');
    const rating = withoutEmptyNote(parseForSave(ratingSchema, { ...existing, note, updatedAt: now.toISOString() }, action));
    await db.ratingsByRater.put(rating);
    return rating;
  });
}

export function withoutEmptyNote(rating: Rating): Rating {
  const { note, ...rest } = rating;
  return note === undefined || note.trim() === '' ? rest : { ...rest, note };
}
