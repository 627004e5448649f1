/**
 * Ratings changed on screen, followed until their writes are done, for a person's ratings read again
 * meanwhile (openPerson): that read may predate the writes, so the changes are made over what it read
 * rather than lost from the screen.
 */
import type { Rater, Rating } from '../../shared/workspace/schema';
import type { RatingsByRater } from './people-slice';

/** A rating set or cleared (null), or only its note changed. */
export type RatingChange = { personId: string; frameworkId: string; rater: Rater; itemId: string } & (
  { kind: 'rating'; rating: Rating | null } | { kind: 'note'; note: string }
);

export interface RatingChangeLog {
  /** A change shown on screen whose write starts now; call the function returned once it is done, saved or not. */
  started(change: RatingChange): () => void;
  /**
   * A read of ratings starts; the function returned, called once it is done (or failed), gives the
   * changes to make over what it read, in order: those being written when it began and those made since.
   */
  readStarted(): () => RatingChange[];
  /** Whether a rating (not only a note) of this item is still being written. */
  isWriting(change: Pick<RatingChange, 'personId' | 'frameworkId' | 'itemId'>): boolean;
}

export function createRatingChangeLog(): RatingChangeLog {
  /** Changes whose writes are under way, by their number (so in the order they were made). */
  const writing = new Map<number, RatingChange>();
  /** Changes made while a read is under way, kept until the last read is done. */
  let madeDuringReads: { number: number; change: RatingChange }[] = [];
  let numbered = 0;
  let reads = 0;
  return {
    started(change) {
      const number = (numbered += 1);
      writing.set(number, change);
      if (reads > 0) madeDuringReads.push({ number, change });
      return () => void writing.delete(number);
    },
    readStarted() {
      const before = numbered;
      const writingAtStart = [...writing.values()];
      reads += 1;
      return () => {
        reads -= 1;
        const since = madeDuringReads.filter((made) => made.number > before).map((made) => made.change);
        if (reads === 0) madeDuringReads = [];
        return [...writingAtStart, ...since];
      };
    },
    isWriting({ personId, frameworkId, itemId }) {
      return [...writing.values()].some(
        (change) =>
          change.kind === 'rating' && change.personId === personId && change.frameworkId === frameworkId && change.itemId === itemId,
      );
    },
  };
}

/** The ratings read, with `changes` made over them in order. */
export function withChanges(read: RatingsByRater, changes: readonly RatingChange[]): RatingsByRater {
  if (changes.length === 0) return read;
  const merged = { self: new Map(read.self), manager: new Map(read.manager), agreed: new Map(read.agreed) };
  for (const change of changes) {
    const ratings = merged[change.rater];
    if (change.kind === 'note') {
      // Only the note: the rating read may hold news of its own (a re-check flag, an imported value).
      const rating = ratings.get(change.itemId);
      if (rating) ratings.set(change.itemId, { ...rating, note: change.note });
    } else if (change.rating) ratings.set(change.itemId, change.rating);
    else ratings.delete(change.itemId);
  }
  return merged;
}
