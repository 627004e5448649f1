/**
 * The people in the workspace: "me" plus the reports and clients someone keeps track of.
 */
import { comparePeople } from '../../shared/text/compare-text';
import { type MappingTarget, type Person, personSchema } from '../../shared/workspace/schema';
import type { z } from 'zod';
import { loadInTransaction, saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { failSave, parseForSave, parseStored } from './workspace-error';

/** What a caller gives to create a person; id and timestamps are the repository's. */
export type NewPerson = Omit<z.input<typeof personSchema>, 'id' | 'target' | 'createdAt' | 'updatedAt'> & {
  target?: MappingTarget | null;
};

export type PersonPatch = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt'>>;

/** What removing a person would delete with them, for the confirmation. */
export interface PersonDataCounts {
  ratings: number;
  evidence: number;
  snapshots: number;
  goals: number;
  /** 1:1 notes. */
  meetings: number;
}

/** Everyone, "me" first, then by name. */
export async function listPeople(db: WorkspaceDatabase): Promise<Person[]> {
  const action = 'the people in your workspace';
  const rows = await loadInTransaction(db, [db.people], action, () => db.people.toArray());
  return rows.map((row) => parseStored(personSchema, row, action)).sort(comparePeople);
}

export async function createPerson(db: WorkspaceDatabase, input: NewPerson, now = new Date()): Promise<Person> {
  const action = 'the new person';
  const timestamp = now.toISOString();
  const person = parseForSave(
    personSchema,
    { ...input, target: input.target ?? null, id: crypto.randomUUID(), createdAt: timestamp, updatedAt: timestamp },
    action,
  );
  return saveInTransaction(db, [db.people], action, async () => {
    await refuseSecondMe(db, person);
    await db.people.add(person);
    return person;
  });
}

/**
 * The person the workspace belongs to, created (with no name or target yet) on first run. Looking and
 * creating share one transaction, so two calls at once still leave exactly one "me".
 */
export async function ensureMe(db: WorkspaceDatabase, now = new Date()): Promise<Person> {
  return saveInTransaction(db, [db.people], 'your profile', async () => {
    const existing = await db.people.where('relationship').equals('me').first();
    if (existing) return parseStored(personSchema, existing, 'your profile');
    const timestamp = now.toISOString();
    const me = personSchema.parse({
      id: crypto.randomUUID(),
      name: '',
      relationship: 'me',
      target: null,
      createdAt: timestamp,
      updatedAt: timestamp,
    });
    await db.people.add(me);
    return me;
  });
}

export async function updatePerson(db: WorkspaceDatabase, id: string, patch: PersonPatch, now = new Date()): Promise<Person> {
  const action = 'your changes to this person';
  return saveInTransaction(db, [db.people], action, async () => {
    const existing = await db.people.get(id);
    if (!existing) {
      return failSave(
        'Your changes were not saved: this person is no longer in your workspace (they may have been removed). Reload and try again.',
      );
    }
    const person = parseForSave(
      personSchema,
      { ...existing, ...patch, id, createdAt: existing.createdAt, updatedAt: now.toISOString() },
      action,
    );
    await refuseSecondMe(db, person);
    await db.people.put(person);
    return person;
  });
}

export async function personDataCounts(db: WorkspaceDatabase, id: string): Promise<PersonDataCounts> {
  return loadInTransaction(
    db,
    [db.ratingsByRater, db.evidence, db.snapshots, db.goals, db.meetings],
    'what is recorded about this person',
    async () => ({
      ratings: await db.ratingsByRater.where('personId').equals(id).count(),
      evidence: await db.evidence.where('personId').equals(id).count(),
      snapshots: await db.snapshots.where('personId').equals(id).count(),
      goals: await db.goals.where('personId').equals(id).count(),
      meetings: await db.meetings.where('personId').equals(id).count(),
    }),
  );
}

/** Deletes the person and everything recorded about them, all or nothing. */
export async function removePerson(db: WorkspaceDatabase, id: string): Promise<void> {
  await saveInTransaction(
    db,
    [db.people, db.ratingsByRater, db.evidence, db.snapshots, db.snapshotRatings, db.goals, db.meetings, db.exchangeReceipts],
    'the removal of this person',
    async () => {
      await db.ratingsByRater.where('personId').equals(id).delete();
      await db.evidence.where('personId').equals(id).delete();
      await db.snapshots.where('personId').equals(id).delete();
      await db.snapshotRatings.where('personId').equals(id).delete();
      await db.goals.where('personId').equals(id).delete();
      await db.meetings.where('personId').equals(id).delete();
      await db.exchangeReceipts.where('personId').equals(id).delete();
      await db.people.delete(id);
    },
  );
}

/** The workspace has one "me": it is whose plan Waymark is, and ensureMe relies on finding one. */
async function refuseSecondMe(db: WorkspaceDatabase, person: Person): Promise<void> {
  if (person.relationship !== 'me') return;
  const mine = await db.people.where('relationship').equals('me').primaryKeys();
  if (mine.some((key) => key !== person.id)) {
    failSave('This person was not saved: the workspace already has a person marked as you. Choose "report" or "client" instead.');
  }
}
