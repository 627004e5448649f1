/**
 * The sealing middleware with records sealed and opened side by side: the crypto of a small record
 * finishes before a large one's, and the read or write must still complete (Dexie stops keeping a
 * transaction alive when its latest wait settles, so out-of-order waits used to hang for good).
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKey, newSalt } from '../../../../renderer/db/sealing';
import { isSealedRow, sealingMiddleware, setWorkspaceKey } from '../../../../renderer/db/sealing-middleware';
import { testDatabaseName } from './workspace-test-database';

const names: string[] = [];
afterEach(() => names.splice(0).forEach((name) => setWorkspaceKey(name, null)));

/** Settles with `work`, or with "still waiting" once 10 s have passed, so a hang fails the test instead of timing it out. */
function within<Result>(work: Promise<Result>): Promise<Result | 'still waiting'> {
  return Promise.race([work, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 10_000))]);
}

describe('the sealing middleware', () => {
  it('seals and opens records of very different sizes together, in one transaction, without hanging', async () => {
    const name = testDatabaseName();
    names.push(name);
    setWorkspaceKey(name, await deriveKey('correct horse', newSalt(), 1000));
    const db = new Dexie(name);
    db.use(sealingMiddleware(name, []));
    db.version(1).stores({ notes: 'id' });
    await db.open();
    // A large record first: its sealing finishes after the small ones begun after it.
    const rows = [
      { id: 'large', text: 'ج'.repeat(4_000_000) },
      ...Array.from({ length: 20 }, (_, index) => ({ id: `small-${index}`, text: `note ${index} 🎉` })),
    ];

    await expect(within(db.table('notes').bulkPut(rows))).resolves.not.toBe('still waiting');
    const read = await within(db.table('notes').toArray());
    expect(read).not.toBe('still waiting');
    expect(new Map((read as { id: string; text: string }[]).map((row) => [row.id, row.text]))).toEqual(
      new Map(rows.map((row) => [row.id, row.text])),
    );
    db.close();

    const plain = new Dexie(name);
    await plain.open();
    expect(((await plain.table('notes').toArray()) as unknown[]).every(isSealedRow)).toBe(true);
    plain.close();
  });
});
