import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addEvidence, evidenceFor, removeEvidence, updateEvidence, type NewEvidence } from '../../../../renderer/db/evidence-repository';
import { WorkspaceError } from '../../../../renderer/db/workspace-error';
import { careerMapId, openTestDatabase } from './workspace-test-database';

const personId = '0b6f2d47-3c1e-4d8a-9f6b-2a7e5c9d1f30';

function newEvidence(overrides: Partial<NewEvidence> = {}): NewEvidence {
  return {
    personId,
    date: '2026-02-12',
    text: 'Wrote the design doc for the shared component library.',
    frameworkId: careerMapId,
    itemIds: ['frontend.L5.skill.1', 'frontend.L5.responsibility.1'],
    ...overrides,
  };
}

describe('adding evidence', () => {
  it('stores it with a new id and createdAt, text trimmed', async () => {
    const db = await openTestDatabase();
    const now = new Date('2026-02-12T17:45:10.221Z');

    const added = await addEvidence(db, newEvidence({ text: '  Mentored a new joiner.  ' }), now);

    expect(added).toMatchObject({ text: 'Mentored a new joiner.', createdAt: now.toISOString(), personId });
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.evidence.get(added.id)).toEqual(added);
  });

  it.each([
    [{ text: '   ' }, /give it a title or say what happened \(title\)/],
    [{ title: ' ', text: '' }, /give it a title or say what happened \(title\)/],
    [{ date: '2026-02-30' }, /\(date\)/],
  ])('refuses %o with a message that says what is wrong', async (overrides, message) => {
    const db = await openTestDatabase();

    const attempt = addEvidence(db, newEvidence(overrides));
    await expect(attempt).rejects.toBeInstanceOf(WorkspaceError);
    await expect(attempt).rejects.toMatchObject({ kind: 'invalid' });
    await expect(attempt).rejects.toThrow(/^Your evidence was not saved: /);
    await expect(attempt).rejects.toThrow(message);
    expect(await db.evidence.count()).toBe(0);
  });
});

describe('evidenceFor', () => {
  it("lists one person's evidence, newest date first, same-day by when it was recorded", async () => {
    const db = await openTestDatabase();
    const january = await addEvidence(db, newEvidence({ date: '2026-01-28' }), new Date('2026-01-29T08:03:57.640Z'));
    const marchEarly = await addEvidence(db, newEvidence({ date: '2026-03-02' }), new Date('2026-03-02T09:00:00.000Z'));
    const february = await addEvidence(db, newEvidence({ date: '2026-02-12' }), new Date('2026-02-12T17:45:10.221Z'));
    const marchLate = await addEvidence(db, newEvidence({ date: '2026-03-02' }), new Date('2026-03-02T16:30:00.000Z'));
    await addEvidence(db, newEvidence({ personId: 'someone-else', date: '2026-04-01' }));

    expect((await evidenceFor(db, personId)).map((item) => item.id)).toEqual([marchLate.id, marchEarly.id, february.id, january.id]);
    expect(await evidenceFor(db, 'nobody')).toEqual([]);
  });
});

describe('changing and removing evidence', () => {
  it('updates what was given and keeps who and when it was recorded', async () => {
    const db = await openTestDatabase();
    const added = await addEvidence(db, newEvidence());

    const updated = await updateEvidence(db, added.id, {
      text: 'Presented the design doc at the guild.',
      link: 'https://wiki.example.com/guild',
    });

    expect(updated).toEqual({ ...added, text: 'Presented the design doc at the guild.', link: 'https://wiki.example.com/guild' });
    expect(await evidenceFor(db, personId)).toEqual([updated]);
  });

  it('leaves the evidence as it was when the change is invalid, and says so when it is gone', async () => {
    const db = await openTestDatabase();
    const added = await addEvidence(db, newEvidence());

    await expect(updateEvidence(db, added.id, { text: '' })).rejects.toThrow(/give it a title or say what happened/);
    expect(await db.evidence.get(added.id)).toEqual(added);
    await expect(updateEvidence(db, 'gone', { text: 'x' })).rejects.toThrow(/no longer in your workspace/);
  });

  it('keeps a title and a link, and an entry tagged to no statement yet (a brag document jots first, tags later)', async () => {
    const db = await openTestDatabase();
    const added = await addEvidence(db, newEvidence({ title: 'Led the retro', text: '', link: 'https://example.com/retro', itemIds: [] }));

    const changed = await updateEvidence(db, added.id, { itemIds: ['frontend.L5.skill.4', 'frontend.L5.skill.2'] });

    expect(await evidenceFor(db, personId)).toEqual([changed]);
    expect(changed).toMatchObject({
      title: 'Led the retro',
      text: '',
      link: 'https://example.com/retro',
      itemIds: ['frontend.L5.skill.4', 'frontend.L5.skill.2'],
    });
  });

  it('removes one piece of evidence', async () => {
    const db = await openTestDatabase();
    const [kept, removed] = [await addEvidence(db, newEvidence()), await addEvidence(db, newEvidence())];

    await removeEvidence(db, removed.id);

    expect(await evidenceFor(db, personId)).toEqual([kept]);
  });
});
