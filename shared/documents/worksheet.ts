/**
 * The coach's worksheet: a level's statements to assess on paper, with tick boxes and room to write;
 * blank, or filled in from a person's ratings and notes.
 */
import { examplesInArea, findLevel } from '../framework/career-map';
import type { CareerMap, RoleCard, Track } from '../framework/schema';
import { roleCardAreas } from '../gap/role-card-gap';
import { proficiencyLabels, ratingStateLabels } from '../workspace/labels';
import type { Rating } from '../workspace/schema';
import type { WorksheetContent, WorksheetItem, WorksheetLayout } from './document-content';
import { frameworkFooter, type PaperSize } from './document-meta';

export type WorksheetSource =
  { kind: 'career-map'; framework: CareerMap; track: Track; levelId: string } | { kind: 'role-card'; framework: RoleCard };

export interface WorksheetOptions {
  paper: PaperSize;
  today: string;
  dateLabel: string;
  /** Fill from this person; leave out for a blank worksheet. */
  filledFrom?: { name: string; ratings: ReadonlyMap<string, Rating>; ratingsBasis: string } | undefined;
  /** Roomy unless asked otherwise. */
  layout?: WorksheetLayout | undefined;
}

const stateScale = ['not-yet', 'partly', 'consistently', 'not-applicable'] as const;
const proficiencyScale = [0, 1, 2, 3, 4, 'not-applicable'] as const;

function tick(scale: readonly (string | number)[], rating: Rating | undefined): number | null {
  if (!rating) return null;
  const index = scale.indexOf(rating.value);
  return index < 0 ? null : index;
}

export function worksheetContent(source: WorksheetSource, options: WorksheetOptions): WorksheetContent | undefined {
  const ratings = options.filledFrom?.ratings;
  const item = (id: string, text: string, scale: readonly (string | number)[], skillName?: string): WorksheetItem => {
    const rating = ratings?.get(id);
    return { text, skillName, ticked: tick(scale, rating), note: rating?.note };
  };
  const base = {
    kind: 'worksheet' as const,
    layout: options.layout ?? 'roomy',
    person: options.filledFrom?.name ?? '',
    ratingsBasis: options.filledFrom?.ratingsBasis,
    meta: {
      title: options.filledFrom ? `Worksheet — ${options.filledFrom.name}` : 'Worksheet',
      dateLabel: options.dateLabel,
      isoDate: options.today,
      paper: options.paper,
      footer: frameworkFooter(source.framework),
    },
  };

  if (source.kind === 'role-card') {
    const card = source.framework;
    return {
      ...base,
      heading: `Worksheet: ${card.code} — ${card.level.name}`,
      framework: `Role card: ${card.title} (${card.code})`,
      level: `${card.level.code} — ${card.level.name}`,
      scale: [...proficiencyLabels.map((label, level) => `${level} ${label}`), ratingStateLabels['not-applicable']],
      scaleShort: [...proficiencyLabels.map((_, level) => String(level)), 'N/A'],
      areas: roleCardAreas(card).map((area) => ({
        name: area.name,
        items: card.components
          .filter((component) => component.type === area.id)
          .map((component) => item(component.id, component.text, proficiencyScale)),
      })),
    };
  }

  const level = findLevel(source.track, source.levelId);
  if (!level) return undefined;
  const levelName = level.label ? `${level.id} · ${level.label}` : level.id;
  return {
    ...base,
    heading: `Worksheet: ${source.track.name} ${levelName}`,
    framework: `${source.framework.name} — ${source.track.name}`,
    level: levelName,
    scale: stateScale.map((state) => ratingStateLabels[state]),
    scaleShort: stateScale.map((state) => (state === 'not-applicable' ? 'N/A' : ratingStateLabels[state])),
    areas: source.track.areas
      .map((area) => ({
        name: area.name,
        items: level.statements
          .filter((statement) => statement.areaId === area.id)
          .map((statement) => ({ ...item(statement.id, statement.text, stateScale, statement.skillName), examples: statement.examples })),
        examples: examplesInArea(level, area.id),
      }))
      .filter((area) => area.items.length > 0 || area.examples.length > 0),
  };
}
