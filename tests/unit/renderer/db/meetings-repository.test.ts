import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { meetingsFor, removeMeeting, saveMeeting, type MeetingInput } from '../../../../renderer/db/meetings-repository';
import { WorkspaceError } from '../../../../renderer/db/workspace-error';
import { meeting, openTestDatabase } from './workspace-test-database';

const personId = '5c1a9e08-7b3d-4f62-a0d4-e8b2f6c31a57';

function newMeeting(overrides: Partial<MeetingInput> = {}): MeetingInput {
  return {
    personId,
    date: '2026-01-13',
    talkingPoints: 'How the on-call rotation is going.',
    decisions: 'Shadow the platform team for a sprint.',
    actions: [{ id: 'a1', text: 'Ask the platform lead about shadowing.', owner: 'manager', dueDate: '2026-01-20', done: false }],
    private: false,
    ...overrides,
  };
}

describe('saving a 1:1 note', () => {
  it('stores a new entry with a new id and timestamps', async () => {
    const db = await openTestDatabase();
    const now = new Date('2026-01-13T15:31:08.416Z');

    const saved = await saveMeeting(db, newMeeting(), now);

    expect(saved).toMatchObject({ personId, date: '2026-01-13', createdAt: now.toISOString(), updatedAt: now.toISOString() });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.meetings.get(saved.id)).toEqual(saved);
  });

  it('creates an entry under an id chosen beforehand, then changes it keeping when it was created', async () => {
    const db = await openTestDatabase();
    const created = await saveMeeting(db, newMeeting({ id: 'chosen-id' }), new Date('2026-01-13T15:31:08.416Z'));
    const later = new Date('2026-01-13T15:58:40.002Z');

    const changed = await saveMeeting(db, { ...created, personId: 'someone-else', private: true, decisions: '' }, later);

    expect(created.id).toBe('chosen-id');
    expect(changed).toEqual({ ...created, private: true, decisions: '', updatedAt: later.toISOString() });
    expect(await meetingsFor(db, personId)).toEqual([changed]);
  });

  it.each([
    [{ date: '13/01/2026' }, /\(date\)/],
    [{ actions: [{ id: 'a1', text: '', owner: 'me' as const, done: false }] }, /say what the action is \(actions\.0\.text\)/],
    [{ actions: [{ id: 'a1', text: 'Follow up', owner: 'me' as const, done: false, carriedFrom: '' }] }, /\(actions\.0\.carriedFrom\)/],
  ])('refuses %o with a message that says what is wrong, and saves nothing', async (overrides, message) => {
    const db = await openTestDatabase();

    const attempt = saveMeeting(db, newMeeting(overrides));
    await expect(attempt).rejects.toBeInstanceOf(WorkspaceError);
    await expect(attempt).rejects.toThrow(/^The 1:1 note was not saved: /);
    await expect(attempt).rejects.toThrow(message);
    expect(await db.meetings.count()).toBe(0);
  });
});

describe('meetingsFor', () => {
  it("lists one person's 1:1 notes newest first, same-day entries by when they were recorded", async () => {
    const db = await openTestDatabase();
    const january = meeting(personId, '2026-01-13');
    const februaryEarly = meeting(personId, '2026-02-10', { createdAt: '2026-02-10T09:00:00.000Z' });
    const februaryLate = meeting(personId, '2026-02-10', { createdAt: '2026-02-10T16:00:00.000Z' });
    const lateJanuary = meeting(personId, '2026-01-27', { private: true });
    await db.meetings.bulkAdd([january, februaryEarly, lateJanuary, februaryLate, meeting('someone-else', '2026-03-01')]);

    expect(await meetingsFor(db, personId)).toEqual([februaryLate, februaryEarly, lateJanuary, january]);
    expect(await meetingsFor(db, 'nobody')).toEqual([]);
  });

  it('reports a damaged entry rather than showing it half-read', async () => {
    const db = await openTestDatabase();
    await db.table('meetings').put({ ...meeting(personId, '2026-01-13'), private: 'yes' });

    await expect(meetingsFor(db, personId)).rejects.toThrow(
      /^The 1:1 notes could not be loaded: a saved record is damaged \(.*\(private\)\)/,
    );
  });

  it('removes one entry', async () => {
    const db = await openTestDatabase();
    const kept = await saveMeeting(db, newMeeting({ date: '2026-01-13' }));
    const removed = await saveMeeting(db, newMeeting({ date: '2026-01-27' }));

    await removeMeeting(db, removed.id);

    expect(await meetingsFor(db, personId)).toEqual([kept]);
  });
});
