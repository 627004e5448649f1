/**
 * The team overview as a document: the same rows and heatmap the screen shows, as text.
 */
import type { Framework } from '../framework/schema';
import type { Heatmap, TeamRow } from '../team/team-overview';
import { areaPercentText } from '../gap/percent';
import { relationshipLabel } from '../workspace/labels';
import type { TeamOverviewContent } from './document-content';
import { frameworkFooter, type PaperSize } from './document-meta';

export interface TeamOverviewInput {
  rows: readonly TeamRow[];
  heatmap: Heatmap | undefined;
  /** The framework the heatmap measures, named in the footer (as the heatmap's, when the table spans more). */
  framework: Framework | undefined;
  /** "Everyone", "My reports", "My clients". */
  group: string;
  /** "each person's target", or "L5". */
  heatmapLevel: string;
  ratingsBasis: string;
  today: string;
  paper: PaperSize;
  formatDate: (isoDate: string) => string;
}

export const teamColumns = [
  'Name',
  'Relationship',
  'Mapped to',
  'Current',
  'Target',
  '% met',
  'Suggested',
  'Ratings changed',
  'Last 1:1',
  'Next 1:1',
  'Open actions',
  'Overdue',
];

/**
 * The footer names the framework the document is about: here, the heatmap's. When the people in the
 * table are mapped against several, it says it is the heatmap's, and how many the table spans (each
 * named in its Mapped to column), rather than pass one for them all.
 */
function teamFooter({ rows, framework }: Pick<TeamOverviewInput, 'rows' | 'framework'>): string {
  const frameworks = new Set(rows.flatMap((row) => (row.framework ? [row.framework] : []))).size;
  if (!framework || frameworks < 2) return frameworkFooter(framework);
  // The count first: a long footer is cut at its end.
  return `People here are mapped against ${frameworks} frameworks; the heatmap's: ${frameworkFooter(framework)}`;
}

export function teamOverviewContent(input: TeamOverviewInput): TeamOverviewContent {
  const date = (iso: string | null) => (iso ? input.formatDate(iso.slice(0, 10)) : '—');
  const people = input.rows.length === 1 ? '1 person' : `${input.rows.length} people`;
  return {
    kind: 'team-overview',
    meta: {
      title: `Team overview — ${input.group}`,
      dateLabel: input.formatDate(input.today),
      isoDate: input.today,
      paper: input.paper,
      footer: teamFooter(input),
      orientation: 'landscape',
    },
    group: `${input.group} (${people})`,
    ratingsBasis: input.ratingsBasis,
    columns: teamColumns,
    rows: input.rows.map((row) => [
      row.name,
      relationshipLabel(row.relationship),
      mappedToInFull(row),
      row.currentLevel ?? '—',
      row.targetLevel ?? '—',
      areaPercentText(row.percentMet),
      row.suggestedLevel ?? '—',
      date(row.ratingsChangedAt),
      date(row.lastMeeting),
      date(row.nextMeeting),
      String(row.openActions),
      String(row.overdueActions),
    ]),
    heatmap: input.heatmap
      ? {
          title: `${input.heatmap.track.name}: % met by area at ${input.heatmapLevel}`,
          areas: input.heatmap.areas.map((area) => area.name),
          rows: input.heatmap.rows.map((row) => ({ name: row.name, level: row.levelId ?? '—', cells: row.cells })),
          summary: input.heatmap.summary,
        }
      : null,
  };
}

/** What a person is mapped to, a track with its framework named: "Career map: … — Frontend". */
export function mappedToInFull(row: Pick<TeamRow, 'mappedTo' | 'framework' | 'trackKey'>): string {
  return row.trackKey && row.framework ? `${row.framework} — ${row.mappedTo}` : row.mappedTo;
}
