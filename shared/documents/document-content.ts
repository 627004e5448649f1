/**
 * The content of each document as plain data: what the PDF renderer draws, built by pure functions
 * from the same figures the screens show. Plain data crosses into the document worker as is.
 */
import type { DocumentMeta } from './document-meta';

export interface AreaFigure {
  name: string;
  /** Percent met, or null where nothing is applicable. */
  percent: number | null;
  /** Statements left to meet (partly met counts ½). */
  missing: number;
}

export interface ActionLine {
  text: string;
  owner: string;
  due?: string | undefined;
  done: boolean;
  overdue: boolean;
  /** Where an action comes from: a goal's title or a 1:1's date. */
  source?: string | undefined;
}

export interface GoalBlock {
  title: string;
  owner: string;
  status: string;
  due?: string | undefined;
  overdue: boolean;
  statements: string[];
  actions: ActionLine[];
  evidence: { date: string; text: string }[];
}

export interface EvidenceLine {
  date: string;
  text: string;
  supports: string[];
}

export interface GrowthPlanContent {
  kind: 'growth-plan';
  meta: DocumentMeta;
  person: string;
  framework: string;
  /** "L4 → L5", or the card's level. */
  levels: string;
  headline: string;
  areas: AreaFigure[];
  goals: GoalBlock[];
  evidence: EvidenceLine[];
}

export interface RatingChange {
  statement: string;
  from: string;
  to: string;
}

export interface NoteBlock {
  date: string;
  talkingPoints: string;
  decisions: string;
  private: boolean;
}

export interface OneOnOneContent {
  kind: 'one-on-one';
  meta: DocumentMeta;
  person: string;
  framework: string;
  /** The previous 1:1's date, or null for a first one. */
  since: string | null;
  /** "% of L5 met: 40% → 55%", from the snapshots either side. */
  progress: string | null;
  /** Ratings that changed since the previous 1:1; only when the user ticked self-ratings in. */
  ratingChanges: RatingChange[] | null;
  focusAreas: AreaFigure[];
  openActions: ActionLine[];
  agenda: string[];
  notes: NoteBlock[];
  includesPrivate: boolean;
}

export interface WorksheetItem {
  text: string;
  skillName?: string | undefined;
  /** Index into `scale` of the box to tick, for a worksheet filled from a person. */
  ticked: number | null;
  note?: string | undefined;
  /** Illustrations of the statement, printed under it; not rated. */
  examples?: string[] | undefined;
}

export interface WorksheetContent {
  kind: 'worksheet';
  meta: DocumentMeta;
  /** Empty for a blank worksheet: a line to write a name on is drawn instead. */
  person: string;
  framework: string;
  level: string;
  scale: string[];
  /** Each area's statements, and its examples at this level (illustrations, not rated). */
  areas: { name: string; items: WorksheetItem[]; examples?: string[] | undefined }[];
}

export type DocumentContent = GrowthPlanContent | OneOnOneContent | WorksheetContent;
