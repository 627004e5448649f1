/**
 * What the team overview needs of a few people at a time, read in one transaction through the
 * indexes: each person's ratings against their framework, their 1:1 notes and their goals — never
 * their snapshots, which are most of what a year of use leaves behind.
 */
import { goalSchema, meetingSchema, ratingSchema, type Person } from '../../shared/workspace/schema';
import type { PersonFacts } from '../../shared/team/team-overview';
import { mergeCopiedActions } from '../../shared/workspace/meetings';
import { loadInTransaction, type WorkspaceDatabase } from './workspace-database';
import { parseStored } from './workspace-error';

export async function personFacts(db: WorkspaceDatabase, people: readonly Person[]): Promise<PersonFacts[]> {
  const action = 'the team overview';
  return loadInTransaction(db, [db.ratingsByRater, db.meetings, db.goals], action, () =>
    Promise.all(
      people.map(async (person) => {
        const frameworkId = person.target?.frameworkId;
        const [ratings, meetings, goals] = await Promise.all([
          frameworkId ? db.ratingsByRater.where('[personId+frameworkId]').equals([person.id, frameworkId]).toArray() : [],
          db.meetings.where('personId').equals(person.id).toArray(),
          db.goals.where('personId').equals(person.id).toArray(),
        ]);
        return {
          person,
          ratings: ratings.map((row) => parseStored(ratingSchema, row, action)),
          // Copies an earlier Waymark made of carried-over actions count once (meetingsFor writes the merge back).
          meetings: mergeCopiedActions(meetings.map((row) => parseStored(meetingSchema, row, action))).meetings,
          goals: goals.map((row) => parseStored(goalSchema, row, action)),
        };
      }),
    ),
  );
}
