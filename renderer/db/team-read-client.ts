/**
 * The page's side of the team overview's reading worker (team-worker.ts): everyone's facts arrive a
 * few people at a time, each batch its own short task. One read at a time: a new one ends the worker
 * still busy with the last. Where workers cannot run, the page reads the same batches itself.
 */
import type { PersonFacts } from '../../shared/team/team-overview';
import type { Person } from '../../shared/workspace/schema';
import { workspaceKey } from './sealing-middleware';
import { personFacts } from './team-repository';
import type { TeamWorkerMessage, TeamWorkerRequest } from './team-worker';
import type { WorkspaceDatabase } from './workspace-database';
import { WorkspaceError } from './workspace-error';

let worker: Worker | null = null;
/** Ends the read under way, if any: its worker is stopped and its promise settles. */
let abandon: (() => void) | null = null;
let nextRequestId = 1;

function teamWorker(): Worker {
  // A worker still reading belongs to a read that was superseded: end it rather than wait for it.
  if (abandon) {
    abandon();
    worker?.terminate();
    worker = null;
  }
  worker ??= new Worker(new URL('./team-worker.ts', import.meta.url), { type: 'module', name: 'waymark-team' });
  return worker;
}

/** Reads `people`'s facts in batches of `batchSize`, handing each to `onBatch` as it arrives. */
export async function readTeamFacts(
  db: WorkspaceDatabase,
  people: readonly Person[],
  batchSize: number,
  onBatch: (facts: PersonFacts[]) => void,
): Promise<void> {
  if (typeof Worker === 'undefined') {
    for (let start = 0; start < people.length; start += batchSize) {
      onBatch(await personFacts(db, people.slice(start, start + batchSize)));
      // Lets the window draw and answer between batches.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return;
  }
  const active = teamWorker();
  const request: TeamWorkerRequest = {
    requestId: nextRequestId++,
    databaseName: db.name,
    key: workspaceKey(db.name),
    people: [...people],
    batchSize,
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const finish = () => {
        abandon = null;
        active.removeEventListener('message', onMessage);
        active.removeEventListener('error', onError);
      };
      abandon = () => {
        finish();
        reject(new WorkspaceError('invalid', 'A newer read of the team overview took the place of this one.'));
      };
      const onMessage = (event: MessageEvent<TeamWorkerMessage>) => {
        const message = event.data;
        if (message.requestId !== request.requestId) return;
        if (message.type === 'batch') return onBatch(message.facts);
        finish();
        if (message.type === 'done') resolve();
        else reject(new WorkspaceError(message.kind, message.message));
      };
      const onError = (event: ErrorEvent) => {
        finish();
        reject(new Error(event.message || 'the team overview’s reader stopped'));
      };
      active.addEventListener('message', onMessage);
      active.addEventListener('error', onError);
      active.postMessage(request);
    });
  } catch (error) {
    // A worker that failed is started afresh next time.
    if (worker === active && !(error instanceof WorkspaceError)) {
      active.terminate();
      worker = null;
    }
    throw error;
  }
}
