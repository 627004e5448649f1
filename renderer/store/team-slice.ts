/**
 * The team overview's data: for everyone in the workspace, the little the overview needs (see
 * team-repository.ts), read and measured a few people at a time so the window never stops answering,
 * even with hundreds of people. The last read stays on screen while a fresh one is made.
 */
import type { StateCreator } from 'zustand';
import { localDate } from '../../shared/dates/local-date';
import type { RatingBasis } from '../../shared/workspace/counted-ratings';
import { teamEntry, type PersonFacts, type TeamEntry } from '../../shared/team/team-overview';
import { personFacts } from '../db/team-repository';
import { toWorkspaceError } from '../db/workspace-error';
import type { AppState } from './app-store';

export interface TeamSlice {
  teamFacts: readonly PersonFacts[] | null;
  /** Everyone measured on `teamBasis` as of `teamDay`, in the order of `teamFacts`. */
  teamEntries: readonly TeamEntry[] | null;
  teamBasis: RatingBasis;
  teamDay: string;
  teamStatus: 'idle' | 'loading' | 'ready' | 'failed';
  teamProblem: string | null;
  /** Reads everyone afresh; a read already under way is superseded. */
  loadTeam(): Promise<void>;
}

/** People per batch: each is one short task (read, parse, measure), well under the 100 ms a frame may wait. */
export const teamBatchSize = 5;

type Slice = StateCreator<AppState, [], [], TeamSlice>;

export const createTeamSlice: Slice = (set, get) => {
  let generation = 0;
  return {
    teamFacts: null,
    teamEntries: null,
    teamBasis: 'preferred',
    teamDay: localDate(),
    teamStatus: 'idle',
    teamProblem: null,

    async loadTeam() {
      const { db, people, frameworks, ratingBasis } = get();
      if (!db) return;
      const mine = ++generation;
      const today = localDate();
      set({ teamStatus: 'loading', teamProblem: null });
      try {
        const facts: PersonFacts[] = [];
        const entries: TeamEntry[] = [];
        for (let start = 0; start < people.length; start += teamBatchSize) {
          const batch = await personFacts(db, people.slice(start, start + teamBatchSize));
          facts.push(...batch);
          entries.push(...batch.map((entry) => teamEntry(entry, frameworks, today, ratingBasis)));
          // Lets the window draw and answer between batches.
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (mine !== generation) return;
        }
        set({ teamFacts: facts, teamEntries: entries, teamBasis: ratingBasis, teamDay: today, teamStatus: 'ready' });
      } catch (error) {
        if (mine === generation) set({ teamStatus: 'failed', teamProblem: toWorkspaceError(error, 'the team overview', 'load').message });
      }
    },
  };
};
