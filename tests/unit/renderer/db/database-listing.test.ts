/**
 * The list of databases asked for as the page loads is what the start uses, once: a later start (after
 * a failure, in the same page) asks again, as the databases may have changed since, and the early script
 * running late (after the start has begun) asks for nothing.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { databasesAtStart, listDatabasesForStart, listedDatabases } from '../../../../renderer/db/database-listing';

describe('database listing at start', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers the start with the list asked for as the page loaded, then with fresh lists', async () => {
    const listing = vi.spyOn(indexedDB, 'databases');
    listDatabasesForStart();
    listDatabasesForStart();
    expect(listing).toHaveBeenCalledTimes(1);
    const created = new Dexie('listed-after-load');
    created.version(1).stores({ rows: 'id' });
    await created.open();
    // The start is given the list from before the database was created…
    expect((await databasesAtStart())?.some((database) => database.name === 'listed-after-load')).toBe(false);
    expect(listing).toHaveBeenCalledTimes(1);
    // …and any later start a list of its own.
    expect((await databasesAtStart())?.some((database) => database.name === 'listed-after-load')).toBe(true);
    expect(listing).toHaveBeenCalledTimes(2);
    // The early script running after the start has begun asks for nothing: its list would only go stale.
    listDatabasesForStart();
    expect(listing).toHaveBeenCalledTimes(2);
    created.close();
    await Dexie.delete('listed-after-load');
  });

  it('answers undefined where the browser cannot list its databases', async () => {
    vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('not supported'));
    await expect(listedDatabases()).resolves.toBeUndefined();
  });
});
