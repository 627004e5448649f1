/**
 * The log of ratings changed on screen: a read gets the changes being written when it began and those
 * made while it ran, in order; nothing is kept once the writes and reads are done.
 */
import { describe, expect, it } from 'vitest';
import { createRatingChangeLog, withChanges, type RatingChange } from '../../../../renderer/store/rating-changes';
import type { Rating } from '../../../../shared/workspace/schema';

const where = { personId: 'me', frameworkId: 'map', rater: 'self' as const, itemId: 'a' };
const rating = (value: Rating['value'], note?: string): Rating => ({
  ...where,
  value,
  ...(note === undefined ? {} : { note }),
  updatedAt: '2026-12-04T09:00:00.000Z',
});
const set = (value: Rating['value']): RatingChange => ({ ...where, kind: 'rating', rating: rating(value) });

describe('the rating change log', () => {
  it('gives a read the changes being written when it began, then those made during it, in order', () => {
    const log = createRatingChangeLog();
    const firstDone = log.started(set('partly'));
    const readDone = log.readStarted();
    firstDone();
    log.started({ ...where, kind: 'note', note: 'later' })();
    expect(readDone()).toEqual([set('partly'), { ...where, kind: 'note', note: 'later' }]);
  });

  it('keeps nothing once writes and reads are done', () => {
    const log = createRatingChangeLog();
    log.started(set('partly'))();
    expect(log.readStarted()()).toEqual([]);
    const done = log.started(set('consistently'));
    expect(log.isWriting(where)).toBe(true);
    done();
    expect(log.isWriting(where)).toBe(false);
    expect(log.readStarted()()).toEqual([]);
  });

  it('makes a note change over the rating as read, keeping its value', () => {
    const read = { self: new Map([['a', rating('consistently', 'old')]]), manager: new Map(), agreed: new Map() };
    const merged = withChanges(read, [{ ...where, kind: 'note', note: 'new' }]);
    expect(merged.self.get('a')).toMatchObject({ value: 'consistently', note: 'new' });
    expect(withChanges(read, [{ ...where, kind: 'rating', rating: null }]).self.has('a')).toBe(false);
  });
});
