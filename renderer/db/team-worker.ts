/**
 * The team overview's reading worker: reads a few people at a time through the indexes (see
 * team-repository.ts), checks every record and sends each batch to the page as it is read. The
 * checking and the garbage it leaves stay here, so opening the overview on hundreds of people never
 * holds the window up; the page gets only what the overview shows.
 */
import type { PersonFacts } from '../../shared/team/team-overview';
import type { Person } from '../../shared/workspace/schema';
import { setWorkspaceKey } from './sealing-middleware';
import { personFacts } from './team-repository';
import { openWorkspaceDatabase } from './workspace-database';
import { toWorkspaceError, type WorkspaceErrorKind } from './workspace-error';

export interface TeamWorkerRequest {
  requestId: number;
  databaseName: string;
  /** The key the page's connection seals with, so a locked workspace is read the same way. */
  key: CryptoKey | null;
  people: Person[];
  batchSize: number;
}

export type TeamWorkerMessage = { requestId: number } & (
  { type: 'batch'; facts: PersonFacts[] } | { type: 'done' } | { type: 'failed'; kind: WorkspaceErrorKind; message: string }
);

/** Only the fields the overview reads of 1:1 notes and goals cross to the page (their text stays). */
function shown(facts: PersonFacts): PersonFacts {
  return {
    person: facts.person,
    ratings: facts.ratings,
    meetings: facts.meetings.map(({ date, actions }) => ({ date, actions })),
    goals: facts.goals.map(({ archived, status, actions }) => ({ archived, status, actions })),
  };
}

async function read(request: TeamWorkerRequest): Promise<void> {
  const { requestId, databaseName, people, batchSize } = request;
  setWorkspaceKey(databaseName, request.key);
  const db = await openWorkspaceDatabase(databaseName);
  try {
    for (let start = 0; start < people.length; start += batchSize) {
      const facts = await personFacts(db, people.slice(start, start + batchSize));
      postMessage({ requestId, type: 'batch', facts: facts.map(shown) } satisfies TeamWorkerMessage);
    }
    postMessage({ requestId, type: 'done' } satisfies TeamWorkerMessage);
  } finally {
    db.close();
  }
}

addEventListener('message', (event: MessageEvent<TeamWorkerRequest>) => {
  const request = event.data;
  read(request).catch((error: unknown) => {
    const problem = toWorkspaceError(error, 'the team overview', 'load');
    postMessage({ requestId: request.requestId, type: 'failed', kind: problem.kind, message: problem.message } satisfies TeamWorkerMessage);
  });
});
