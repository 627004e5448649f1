/**
 * The write path: an exclusive write (a restore, a lock change) runs alone — a write asked for while it
 * runs starts only after it — and Try again is offered only where the same write can succeed.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WorkspaceError } from '../../../../renderer/db/workspace-error';
import { createWrite, type WriteState } from '../../../../renderer/store/workspace-write';
import { openTestDatabase } from '../db/workspace-test-database';

async function writer() {
  const db = await openTestDatabase();
  const state: Partial<WriteState> = {};
  const write = createWrite(
    (partial) => Object.assign(state, partial),
    () => ({ db }),
  );
  return { write, state };
}

describe('writes', () => {
  it('asked for during an exclusive write wait until it is done', async () => {
    const { write } = await writer();
    const order: string[] = [];
    let finish = () => {};
    const exclusive = write(
      'the lock',
      async () => {
        order.push('lock started');
        await new Promise<void>((done) => (finish = done));
        order.push('lock done');
      },
      { exclusive: true },
    );
    const rating = write('your rating', async () => void order.push('rating'));
    await new Promise((done) => setTimeout(done, 20));
    expect(order).toEqual(['lock started']);
    finish();
    expect(await exclusive).toBe(true);
    expect(await rating).toBe(true);
    expect(order).toEqual(['lock started', 'lock done', 'rating']);
  });

  it('go on after an exclusive write that failed', async () => {
    const { write } = await writer();
    expect(await write('the lock', () => Promise.reject(new Error('disk on fire')), { exclusive: true })).toBe(false);
    expect(await write('your rating', async () => undefined)).toBe(true);
  });

  it('offer to try again only where trying again can work', async () => {
    const { write, state } = await writer();
    await write('your rating', () => Promise.reject(new WorkspaceError('invalid', 'The data breaks a rule.')));
    expect(state.saveProblem).toMatchObject({ message: 'The data breaks a rule.', retry: undefined });
    await write('your rating', () => Promise.reject(new WorkspaceError('quota', 'The disk is full.')));
    expect(state.saveProblem?.retry).toBeTypeOf('function');
  });
});
