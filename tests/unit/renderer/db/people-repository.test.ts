import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createPerson,
  ensureMe,
  listPeople,
  personDataCounts,
  removePerson,
  updatePerson,
} from '../../../../renderer/db/people-repository';
import { WorkspaceError } from '../../../../renderer/db/workspace-error';
import { evidence, goal, meeting, openTestDatabase, person, rating, snapshot } from './workspace-test-database';

describe('ensureMe', () => {
  it('creates "me" on first run, with no name or target yet', async () => {
    const db = await openTestDatabase();
    const me = await ensureMe(db, new Date('2026-01-05T08:12:40.118Z'));

    expect(me).toMatchObject({ name: '', relationship: 'me', target: null, expectedProficiency: 3, notes: '' });
    expect(me.createdAt).toBe('2026-01-05T08:12:40.118Z');
    expect(await db.people.toArray()).toEqual([me]);
  });

  it('returns the existing "me" instead of creating another', async () => {
    const db = await openTestDatabase();
    const first = await ensureMe(db);
    const second = await ensureMe(db);

    expect(second).toEqual(first);
    expect(await db.people.count()).toBe(1);
  });

  it('creates exactly one "me" when called twice at once', async () => {
    const db = await openTestDatabase();
    const [first, second] = await Promise.all([ensureMe(db), ensureMe(db)]);

    expect(second.id).toBe(first.id);
    expect(await db.people.where('relationship').equals('me').count()).toBe(1);
  });
});

describe('createPerson and listPeople', () => {
  it('creates a person with a new id and timestamps, and lists "me" first, then by name', async () => {
    const db = await openTestDatabase();
    const now = new Date('2026-01-20T14:31:09.763Z');
    const jordan = await createPerson(
      db,
      { name: 'Jordan Okafor', relationship: 'client', target: { frameworkId: 'role-card-dei-gen-p5' } },
      now,
    );
    const ana = await createPerson(db, { name: 'Ana Lima', relationship: 'report' });
    const me = await ensureMe(db);

    expect(jordan).toMatchObject({
      relationship: 'client',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      expectedProficiency: 3,
    });
    expect(ana.target).toBeNull();
    expect(new Set([jordan.id, ana.id, me.id]).size).toBe(3);
    expect((await listPeople(db)).map((listed) => listed.id)).toEqual([me.id, ana.id, jordan.id]);
  });

  it('refuses a second "me"', async () => {
    const db = await openTestDatabase();
    await ensureMe(db);

    const attempt = createPerson(db, { name: 'Someone', relationship: 'me' });
    await expect(attempt).rejects.toThrow(/already has a person marked as you/);
    expect(await db.people.count()).toBe(1);
  });

  it('rejects invalid input with a message naming the field, and saves nothing', async () => {
    const db = await openTestDatabase();

    const attempt = createPerson(db, { name: 'Ana Lima', relationship: 'report', target: { frameworkId: '' } });
    await expect(attempt).rejects.toBeInstanceOf(WorkspaceError);
    await expect(attempt).rejects.toThrow(/^The new person was not saved: .*\(target\.frameworkId\)/);
    expect(await db.people.count()).toBe(0);
  });
});

describe('updatePerson', () => {
  it('renames a person, bumping updatedAt and keeping createdAt', async () => {
    const db = await openTestDatabase();
    const me = await ensureMe(db, new Date('2026-01-05T08:00:00.000Z'));

    const renamed = await updatePerson(db, me.id, { name: 'Sam Rivera' }, new Date('2026-02-17T19:03:05.904Z'));

    expect(renamed).toEqual({ ...me, name: 'Sam Rivera', updatedAt: '2026-02-17T19:03:05.904Z' });
    expect(await db.people.get(me.id)).toEqual(renamed);
  });

  it('fails with a WorkspaceError when the person is gone', async () => {
    const db = await openTestDatabase();

    const attempt = updatePerson(db, 'no-such-person', { name: 'Ghost' });
    await expect(attempt).rejects.toMatchObject({ name: 'WorkspaceError', kind: 'invalid' });
    await expect(attempt).rejects.toThrow(/no longer in your workspace/);
  });

  it('leaves the person as they were when the change is invalid', async () => {
    const db = await openTestDatabase();
    const ana = await createPerson(db, { name: 'Ana Lima', relationship: 'report' });

    await expect(updatePerson(db, ana.id, { name: 'Ana L.', currentLevelId: '' })).rejects.toThrow(/\(currentLevelId\)/);
    expect(await db.people.get(ana.id)).toEqual(ana);
  });

  it('refuses to make a second person "me"', async () => {
    const db = await openTestDatabase();
    await ensureMe(db);
    const ana = await createPerson(db, { name: 'Ana Lima', relationship: 'report' });

    await expect(updatePerson(db, ana.id, { relationship: 'me' })).rejects.toThrow(/already has a person marked as you/);
    expect((await db.people.get(ana.id))?.relationship).toBe('report');
  });
});

describe('removing a person', () => {
  async function twoPeopleWithData() {
    const db = await openTestDatabase();
    const [ana, ben] = [person({ name: 'Ana' }), person({ name: 'Ben' })];
    await db.people.bulkAdd([ana, ben]);
    for (const someone of [ana, ben]) {
      await db.ratingsByRater.bulkAdd([
        rating(someone.id, 'frontend.L5.skill.1', 'partly'),
        rating(someone.id, 'frontend.L5.skill.2', 'not-applicable'),
      ]);
      await db.evidence.bulkAdd([evidence(someone.id), evidence(someone.id), evidence(someone.id)]);
      await db.snapshots.add(snapshot(someone.id, '2026-02-01T09:00:00.000Z'));
      await db.goals.bulkAdd([goal(someone.id, { order: 0 }), goal(someone.id, { order: 1, archived: true, status: 'done' })]);
      await db.meetings.bulkAdd([meeting(someone.id, '2026-01-13'), meeting(someone.id, '2026-01-27'), meeting(someone.id, '2026-02-10')]);
    }
    return { db, ana, ben };
  }

  it('counts what would be deleted with them', async () => {
    const { db, ana } = await twoPeopleWithData();

    expect(await personDataCounts(db, ana.id)).toEqual({ ratings: 2, evidence: 3, snapshots: 1, goals: 2, meetings: 3 });
    expect(await personDataCounts(db, 'nobody')).toEqual({ ratings: 0, evidence: 0, snapshots: 0, goals: 0, meetings: 0 });
  });

  it('deletes the person with their ratings, evidence, snapshots, goals and 1:1 notes, and nothing of anyone else', async () => {
    const { db, ana, ben } = await twoPeopleWithData();
    const before = await personDataCounts(db, ben.id);

    await removePerson(db, ana.id);

    expect(await db.people.toArray()).toEqual([ben]);
    expect(await personDataCounts(db, ana.id)).toEqual({ ratings: 0, evidence: 0, snapshots: 0, goals: 0, meetings: 0 });
    expect(await personDataCounts(db, ben.id)).toEqual(before);
    expect(await db.ratingsByRater.count()).toBe(2);
    expect(await db.goals.count()).toBe(2);
    expect(await db.meetings.count()).toBe(3);
  });

  it('deletes nothing at all when part of the removal fails', async () => {
    const { db, ana } = await twoPeopleWithData();
    const before = await personDataCounts(db, ana.id);
    // A hook that fails the last step, as a full disk or a crash would: the earlier deletes must roll back.
    const failMeetings = () => {
      throw new Error('disk on fire');
    };
    db.meetings.hook('deleting', failMeetings);

    await expect(removePerson(db, ana.id)).rejects.toThrow(/^The removal of this person was not saved: disk on fire/);

    db.meetings.hook('deleting').unsubscribe(failMeetings);
    expect(await db.people.get(ana.id)).toEqual(ana);
    expect(await personDataCounts(db, ana.id)).toEqual(before);
  });
});
