/**
 * A person's growth plan and 1:1 notes as the plan slice holds them, read together when the person is
 * opened (the people slice reads them with the rest of the person and hands them to the plan slice).
 */
import type { Goal, Meeting } from '../../shared/workspace/schema';
import { goalsFor } from '../db/goals-repository';
import { meetingsFor } from '../db/meetings-repository';
import type { WorkspaceDatabase } from '../db/workspace-database';

export interface PlanData {
  /** The person's goals in the plan's order, archived ones included. */
  goals: Goal[];
  /** The person's 1:1 notes, newest first. */
  meetings: Meeting[];
}

export function emptyPlan(): PlanData {
  return { goals: [], meetings: [] };
}

export async function loadPlan(db: WorkspaceDatabase, personId: string): Promise<PlanData> {
  const [goals, meetings] = await Promise.all([goalsFor(db, personId), meetingsFor(db, personId)]);
  return { goals, meetings };
}
