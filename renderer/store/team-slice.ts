/**
 * The team overview's data: for everyone in the workspace, the little the overview needs (see
 * team-repository.ts), read and checked in a worker and measured here a few people at a time, so the
 * window never stops answering, even with hundreds of people. The last read stays on screen while a
 * fresh one is made. The overview's code loads the first time it is asked for, not at the app's start.
 */
import type { StateCreator } from 'zustand';
import { localDate } from '../../shared/dates/local-date';
import type { RatingBasis } from '../../shared/workspace/counted-ratings';
import type { PersonFacts, TeamEntry } from '../../shared/team/team-overview';
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

/** People per batch: each arrives in the page as one short task (measured there), well under the 100 ms a frame may wait. */
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
        const [{ readTeamFacts }, { teamEntry }] = await Promise.all([
          import('../db/team-read-client'),
          import('../../shared/team/team-overview'),
        ]);
        await readTeamFacts(db, people, teamBatchSize, (batch) => {
          if (mine !== generation) return;
          facts.push(...batch);
          entries.push(...batch.map((entry) => teamEntry(entry, frameworks, today, ratingBasis)));
        });
        if (mine !== generation) return;
        set({ teamFacts: facts, teamEntries: entries, teamBasis: ratingBasis, teamDay: today, teamStatus: 'ready' });
      } catch (error) {
        if (mine === generation) set({ teamStatus: 'failed', teamProblem: toWorkspaceError(error, 'the team overview', 'load').message });
      }
    },
  };
};
