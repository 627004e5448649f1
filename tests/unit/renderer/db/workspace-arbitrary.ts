/**
 * Generated workspaces for property tests: a few people (the first is "me"), with ratings, evidence,
 * goals and 1:1 notes in any script, and helpers to write them and compare them by content.
 */
import fc from 'fast-check';
import type { WorkspaceTables } from '../../../../shared/backup/backup-file';
import { workspaceTableNames } from '../../../../shared/backup/backup-marker';
import type { Person } from '../../../../shared/workspace/schema';
import type { WorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { careerMapId } from './workspace-test-database';

const timestamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const day = timestamp.map((stamp) => stamp.slice(0, 10));
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((value) => value.trim().length > 0);
/** Several lines of any script, blank lines and surrounding spaces kept, as a goal's description may be. */
const paragraphs = fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 4 }).map((lines) => lines.join('\n'));
const ratingValue = fc.constantFrom('not-yet', 'partly', 'consistently', 'not-applicable', 0, 1, 2, 3, 4) as fc.Arbitrary<
  WorkspaceTables['ratingsByRater'][number]['value']
>;

export const workspace: fc.Arbitrary<WorkspaceTables> = fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 4 }).chain((ids) =>
  fc.record({
    people: fc.tuple(
      ...ids.map((id, index) =>
        fc.record({
          id: fc.constant(id),
          name: fc.string({ unit: 'grapheme', maxLength: 30 }),
          relationship: fc.constant<Person['relationship']>(index === 0 ? 'me' : 'report'),
          target: fc.option(fc.record({ frameworkId: fc.constant(careerMapId), trackId: fc.constantFrom('frontend', 'infrastructure') }), {
            nil: null,
          }),
          expectedProficiency: fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<Person['expectedProficiency']>,
          notes: fc.string({ unit: 'grapheme', maxLength: 60 }),
          createdAt: timestamp,
          updatedAt: timestamp,
        }),
      ),
    ),
    ratingsByRater: fc.uniqueArray(
      fc.record({
        personId: fc.constantFrom(...ids),
        frameworkId: fc.constant(careerMapId),
        rater: fc.constantFrom('self', 'manager', 'agreed'),
        itemId: fc.constantFrom('frontend.L5.skill.1', 'frontend.L5.skill.2', 'infrastructure.L1.experience.1'),
        value: ratingValue,
        note: fc.option(text, { nil: undefined }),
        updatedAt: timestamp,
      }),
      { selector: (rating) => `${rating.personId}|${rating.rater}|${rating.itemId}`, maxLength: 8 },
    ),
    evidence: fc.array(
      fc.record({
        id: fc.uuid(),
        personId: fc.constantFrom(...ids),
        date: day,
        text,
        frameworkId: fc.constant(careerMapId),
        itemIds: fc.constant(['frontend.L5.skill.1']),
        createdAt: timestamp,
      }),
      { maxLength: 3 },
    ),
    snapshots: fc.constant([]),
    snapshotRatings: fc.constant([]),
    goals: fc.array(
      fc.record({
        id: fc.uuid(),
        personId: fc.constantFrom(...ids),
        frameworkId: fc.constant(careerMapId),
        title: text,
        description: fc.option(paragraphs, { nil: undefined }),
        successCriteria: fc.option(paragraphs, { nil: undefined }),
        itemIds: fc.constant([]),
        owner: fc.constantFrom('me', 'manager', 'coach'),
        status: fc.constantFrom('planned', 'in-progress', 'done', 'dropped'),
        actions: fc.constant([]),
        evidenceIds: fc.constant([]),
        order: fc.nat(),
        archived: fc.boolean(),
        createdAt: timestamp,
        updatedAt: timestamp,
      }) as fc.Arbitrary<WorkspaceTables['goals'][number]>,
      { maxLength: 3 },
    ),
    meetings: fc.array(
      fc
        .record({
          id: fc.uuid(),
          personId: fc.constantFrom(...ids),
          date: day,
          talkingPoints: fc.string({ unit: 'grapheme', maxLength: 40 }),
          decisions: fc.string({ maxLength: 20 }),
          actions: fc.array(
            fc.record(
              {
                id: fc.uuid(),
                text,
                owner: fc.constantFrom('me', 'manager', 'coach'),
                dueDate: day,
                done: fc.boolean(),
                doneOn: day,
                agreedOn: day,
              },
              { requiredKeys: ['id', 'text', 'owner', 'done'] },
            ),
            { maxLength: 2 },
          ),
          private: fc.boolean(),
          broughtActionIds: fc.option(fc.array(fc.uuid(), { maxLength: 2 }), { nil: undefined }),
          createdAt: timestamp,
          updatedAt: timestamp,
        })
        .map(({ broughtActionIds, ...meeting }) => (broughtActionIds === undefined ? meeting : { ...meeting, broughtActionIds })),
      { maxLength: 3 },
    ),
    importedFrameworks: fc.constant([]),
    exchangeReceipts: fc.uniqueArray(
      fc.record({
        personId: fc.constantFrom(...ids),
        frameworkId: fc.constant(careerMapId),
        kind: fc.constantFrom('self-assessment', 'review'),
        exportedAt: timestamp,
        importedAt: timestamp,
        fileName: text,
      }),
      { selector: (receipt) => `${receipt.personId}|${receipt.kind}`, maxLength: 2 },
    ),
  }),
);

/** Rows in a stable order, so two workspaces compare by content. */
export function sorted(tables: WorkspaceTables) {
  return Object.fromEntries(workspaceTableNames.map((name) => [name, [...tables[name]].map((row) => JSON.stringify(row)).sort()]));
}

export async function writeAll(db: WorkspaceDatabase, tables: WorkspaceTables) {
  await db.transaction(
    'rw',
    workspaceTableNames.map((name) => db.table(name)),
    async () => {
      for (const name of workspaceTableNames) await db.table(name).bulkAdd(tables[name]);
    },
  );
}
