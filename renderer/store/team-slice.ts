/**
 * The team overview's data: for everyone in the workspace, the little the overview needs (see
 * team-repository.ts), read a few people at a time so the window never stops answering, even with
 * hundreds of people. The last read stays on screen while a fresh one is made.
 */
import type { StateCreator } from 'zustand';
import type { PersonFacts } from '../../shared/team/team-overview';
import { personFacts } from '../db/team-repository';
import { toWorkspaceError } from '../db/workspace-error';
import type { AppState } from './app-store';

export interface TeamSlice {
  teamFacts: readonly PersonFacts[] | null;
  teamStatus: 'idle' | 'loading' | 'ready' | 'failed';
  teamProblem: string | null;
  /** Reads everyone afresh; a read already under way is superseded. */
  loadTeam(): Promise<void>;
}

/** People per transaction: each batch is one short task, well under a frame's worth of parsing. */
export const teamBatchSize = 10;

type Slice = StateCreator<AppState, [], [], TeamSlice>;

export const createTeamSlice: Slice = (set, get) => {
  let generation = 0;
  return {
    teamFacts: null,
    teamStatus: 'idle',
    teamProblem: null,

    async loadTeam() {
      const { db, people } = get();
      if (!db) return;
      const mine = ++generation;
      set({ teamStatus: 'loading', teamProblem: null });
      try {
        const facts: PersonFacts[] = [];
        for (let start = 0; start < people.length; start += teamBatchSize) {
          facts.push(...(await personFacts(db, people.slice(start, start + teamBatchSize))));
          // Lets the window draw and answer between batches.
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (mine !== generation) return;
        }
        set({ teamFacts: facts, teamStatus: 'ready' });
      } catch (error) {
        if (mine === generation) set({ teamStatus: 'failed', teamProblem: toWorkspaceError(error, 'the team overview', 'load').message });
      }
    },
  };
};
