/**
 * How a person meets each statement or component: one rating per person and item.
 *
 * A note belongs to a rating: an item must be rated before it can carry a note, and clearing the
 * rating clears its note. This keeps `value` required everywhere ratings are read (gaps, snapshots).
 */
import { type Rating, ratingSchema } from '../../shared/workspace/schema';
import { loadInTransaction, saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { failSave, parseForSave, parseStored } from './workspace-error';

/** What a caller gives to rate an item; `updatedAt` is the repository's. */
export type NewRating = Omit<Rating, 'updatedAt'>;

export async function ratingsFor(db: WorkspaceDatabase, personId: string, frameworkId: string): Promise<Rating[]> {
  const action = 'the ratings';
  const rows = await loadInTransaction(db, [db.ratings], action, () =>
    db.ratings.where('[personId+frameworkId]').equals([personId, frameworkId]).toArray(),
  );
  return rows.map((row) => parseStored(ratingSchema, row, action));
}

/** Rates an item, replacing an earlier rating; a note already on it is kept unless one is given. */
export async function saveRating(db: WorkspaceDatabase, input: NewRating, now = new Date()): Promise<Rating> {
  const action = 'your rating';
  const checked = parseForSave(ratingSchema, { ...input, updatedAt: now.toISOString() }, action);
  return saveInTransaction(db, [db.ratings], action, async () => {
    const existing = await db.ratings.get([checked.personId, checked.frameworkId, checked.itemId]);
    const rating = withoutEmptyNote({ ...checked, note: checked.note ?? existing?.note });
    await db.ratings.put(rating);
    return rating;
  });
}

/** Removes the rating, and its note with it. */
export async function clearRating(db: WorkspaceDatabase, personId: string, frameworkId: string, itemId: string): Promise<void> {
  await saveInTransaction(db, [db.ratings], 'the change to your rating', () => db.ratings.delete([personId, frameworkId, itemId]));
}

/** Sets the note on an existing rating; an empty note removes it. */
export async function saveRatingNote(
  db: WorkspaceDatabase,
  personId: string,
  frameworkId: string,
  itemId: string,
  note: string,
  now = new Date(),
): Promise<Rating> {
  const action = 'your note';
  return saveInTransaction(db, [db.ratings], action, async () => {
    const existing = await db.ratings.get([personId, frameworkId, itemId]);
    if (!existing) return failSave('Your note was not saved: rate this item first, then add a note to the rating.');
    const rating = withoutEmptyNote(parseForSave(ratingSchema, { ...existing, note, updatedAt: now.toISOString() }, action));
    await db.ratings.put(rating);
    return rating;
  });
}

function withoutEmptyNote(rating: Rating): Rating {
  const { note, ...rest } = rating;
  return note === undefined || note.trim() === '' ? rest : { ...rest, note };
}
