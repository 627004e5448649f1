import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  latestSnapshot,
  removeSnapshot,
  saveSnapshot,
  snapshotRatingsFor,
  snapshotsFor,
} from '../../../../renderer/db/snapshots-repository';
import { openTestDatabase, snapshot } from './workspace-test-database';

const personId = '0b6f2d47-3c1e-4d8a-9f6b-2a7e5c9d1f30';

describe('snapshots', () => {
  it("lists one person's snapshots oldest first, whatever order they were saved in", async () => {
    const db = await openTestDatabase();
    const february = await saveSnapshot(db, snapshot(personId, '2026-02-17T19:05:31.477Z'));
    const january = await saveSnapshot(db, snapshot(personId, '2026-01-05T08:25:00.000Z', { trigger: 'automatic' }));
    const march = await saveSnapshot(db, snapshot(personId, '2026-03-01T07:00:00.000Z'));
    await saveSnapshot(db, snapshot('someone-else', '2026-01-01T00:00:00.000Z'));

    expect(await snapshotsFor(db, personId)).toEqual([january, february, march]);
    expect(await latestSnapshot(db, personId)).toEqual(march);
  });

  it('has no latest snapshot for someone without any', async () => {
    const db = await openTestDatabase();
    await saveSnapshot(db, snapshot('someone-else', '2026-01-01T00:00:00.000Z'));

    expect(await latestSnapshot(db, personId)).toBeUndefined();
    expect(await snapshotsFor(db, personId)).toEqual([]);
  });

  it('orders by the moment, not by how the time was written', async () => {
    const db = await openTestDatabase();
    // 10:00 at +02:00 is 08:00 UTC, before 09:00Z, though its text sorts after it.
    const withOffset = await saveSnapshot(db, snapshot(personId, '2026-03-01T10:00:00+02:00'));
    const utc = await saveSnapshot(db, snapshot(personId, '2026-03-01T09:00:00Z'));

    expect(withOffset.takenAt).toBe('2026-03-01T08:00:00.000Z');
    expect((await snapshotsFor(db, personId)).map((saved) => saved.id)).toEqual([withOffset.id, utc.id]);
    expect((await latestSnapshot(db, personId))?.id).toBe(utc.id);
  });

  it('gives a new snapshot an id, and replaces the snapshot whose id is given', async () => {
    const db = await openTestDatabase();
    const first = await saveSnapshot(db, { ...snapshot(personId, '2026-03-01T07:00:00.000Z', { trigger: 'automatic' }), id: undefined });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);

    const retaken = await saveSnapshot(db, { ...first, takenAt: '2026-03-01T18:00:00.000Z', summary: { ...first.summary, share: 0.75 } });

    expect(retaken.id).toBe(first.id);
    expect(await snapshotsFor(db, personId)).toEqual([retaken]);
  });

  it('refuses an invalid snapshot with a message naming the field', async () => {
    const db = await openTestDatabase();

    await expect(
      saveSnapshot(db, snapshot(personId, '2026-03-01T07:00:00.000Z', { summary: { share: 1.5, rated: 1, total: 1 } })),
    ).rejects.toThrow(/^The snapshot was not saved: .*\(summary\.share\)/);
    await expect(saveSnapshot(db, snapshot(personId, 'yesterday'))).rejects.toThrow(/\(takenAt\)/);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('keeps the frozen ratings apart, read only when asked for', async () => {
    const db = await openTestDatabase();
    const frozen = [
      { itemId: 'frontend.L5.skill.2', value: 'partly' as const },
      { itemId: 'frontend.L5.skill.3', value: 'consistently' as const },
    ];
    const saved = await saveSnapshot(db, snapshot(personId, '2026-01-05T08:25:00.000Z'), frozen);

    expect(await snapshotsFor(db, personId)).toEqual([saved]);
    expect(await snapshotRatingsFor(db, saved.id)).toEqual(frozen);
    expect(await snapshotRatingsFor(db, 'no-such-snapshot')).toEqual([]);
  });

  it('removes one snapshot with its ratings', async () => {
    const db = await openTestDatabase();
    const kept = await saveSnapshot(db, snapshot(personId, '2026-01-05T08:25:00.000Z'), [{ itemId: 'a', value: 'partly' }]);
    const removed = await saveSnapshot(db, snapshot(personId, '2026-02-17T19:05:31.477Z'), [{ itemId: 'a', value: 'consistently' }]);

    await removeSnapshot(db, removed.id);

    expect(await snapshotsFor(db, personId)).toEqual([kept]);
    expect(await db.snapshotRatings.count()).toBe(1);
  });
});
