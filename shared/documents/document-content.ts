/**
 * The content of each document as plain data: what the PDF renderer draws, built by pure functions
 * from the same figures the screens show. Plain data crosses into the document worker as is.
 */
import type { AreaPercent } from '../gap/percent';
import type { DocumentMeta } from './document-meta';

export interface AreaFigure {
  name: string;
  /** Percent met, "not rated" where nobody rated it yet, or null where nothing is applicable. */
  percent: AreaPercent;
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
  /** As written, line breaks kept; absent when the goal has none. */
  description?: string | undefined;
  successCriteria?: string | undefined;
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
  /** Which ratings the figures count: agreed, else manager, else self, or one rater's. */
  ratingsBasis: string;
  areas: AreaFigure[];
  goals: GoalBlock[];
  evidence: EvidenceLine[];
}

export interface RatingChange {
  statement: string;
  from: string;
  to: string;
}

/** A statement the person and their manager or coach rate two steps or more apart. */
export interface DisagreementLine {
  statement: string;
  self: string;
  reviewer: string;
  /** The agreed rating, where one is recorded. */
  agreed?: string | undefined;
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
  /** Which ratings the figures count. */
  ratingsBasis: string;
  /** Where self and the manager or coach disagree at the target; only when ticked in. */
  disagreements: { reviewer: string; at: string; lines: DisagreementLine[] } | null;
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

/** Roomy: each statement with its tick boxes under it and ruled lines to write on; compact: tick boxes in columns and one line. */
export type WorksheetLayout = 'roomy' | 'compact';

export interface WorksheetContent {
  kind: 'worksheet';
  meta: DocumentMeta;
  layout: WorksheetLayout;
  /** "Worksheet: Frontend L5 · Senior", "Worksheet: DEI.GEN.P5 — Expert Professional". */
  heading: string;
  /** Empty for a blank worksheet: a line to write a name on is drawn instead. */
  person: string;
  /** For a filled worksheet: which ratings filled it in. */
  ratingsBasis?: string | undefined;
  framework: string;
  level: string;
  scale: string[];
  /** The scale's labels as column heads of the compact layout ("Not yet", "N/A", "0"). */
  scaleShort: string[];
  /** Each area's statements, and its examples at this level (illustrations, not rated). */
  areas: { name: string; items: WorksheetItem[]; examples?: string[] | undefined }[];
}

/** The team overview on paper: the table, and the heatmap of one track. */
export interface TeamOverviewContent {
  kind: 'team-overview';
  meta: DocumentMeta;
  /** Who is in it: "Everyone (12 people)". */
  group: string;
  ratingsBasis: string;
  columns: string[];
  rows: string[][];
  heatmap: {
    title: string;
    areas: string[];
    rows: { name: string; level: string; cells: AreaPercent[] }[];
    /** Per area: how many meet it, and whether the team is thin there. */
    summary: { met: number; thin: boolean }[];
  } | null;
}

export interface PromotionEvidence {
  date: string;
  title: string;
  /** What happened; may be empty where the title says it all. */
  text: string;
  link?: string | undefined;
}

export interface PromotionStatement {
  /** "Skill: statement". */
  text: string;
  /** "New or reworded at L5", "Also at L4"; undefined where there is no current level to compare with. */
  change?: string | undefined;
  rating: string;
  note?: string | undefined;
  evidence: PromotionEvidence[];
  /** "Title (In progress)". */
  goals: string[];
}

/** A goal working on statements of the target, told once, with what it is about and how it will be judged. */
export interface PromotionGoal {
  title: string;
  /** "In progress · due 1 Dec 2026 · addresses 3 statements of L5". */
  facts: string;
  description?: string | undefined;
  successCriteria?: string | undefined;
}

export interface PromotionArea {
  name: string;
  percent: AreaPercent;
  /** How many of its statements have evidence. */
  withEvidence: number;
  statements: PromotionStatement[];
}

export interface PromotionCaseContent {
  kind: 'promotion-case';
  meta: DocumentMeta;
  person: string;
  framework: string;
  /** "L4 → L5", or the card's level. */
  levels: string;
  /** The target's short name: "L5", the card's code. */
  target: string;
  headline: string;
  /** Which ratings the case measured (basisLine), as every document says. */
  ratingsBasis: string;
  areas: PromotionArea[];
  /** The goals addressing the target's statements, in the plan's order. */
  goals: PromotionGoal[];
  /** The checklist: statements of the target with no evidence yet. */
  withoutEvidence: { area: string; text: string }[];
}

export type DocumentContent = GrowthPlanContent | OneOnOneContent | WorksheetContent | PromotionCaseContent | TeamOverviewContent;
