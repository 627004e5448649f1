/**
 * What every document builder needs to know about the person and the moment, and the lookups they share.
 */
import { missing, type GapSummary, type RatingLookup } from '../gap/area-gap';
import { percentText } from '../gap/percent';
import { areaPercent } from '../gap/career-map-gap';
import { targetGap, targetLabel } from '../gap/target-gap';
import type { MappedTo } from '../workspace/mapping';
import { isOverdue } from '../workspace/growth-plan';
import { displayName, ownerLabel } from '../workspace/labels';
import type { Action, Person } from '../workspace/schema';
import type { ActionLine, AreaFigure } from './document-content';
import { frameworkFooter, type DocumentMeta, type PaperSize } from './document-meta';

export interface DocumentContext {
  person: Person;
  mapping: MappedTo;
  ratings: RatingLookup;
  /** Which ratings `ratings` are, in words (basisLine): every document says what it measured. */
  ratingsBasis: string;
  /** Today, ISO ("2026-11-23"): what counts as overdue. */
  today: string;
  paper: PaperSize;
  /** How dates read in this locale. */
  formatDate: (isoDate: string) => string;
}

export function metaFor(context: DocumentContext, title: string): DocumentMeta {
  return {
    title,
    dateLabel: context.formatDate(context.today),
    isoDate: context.today,
    paper: context.paper,
    footer: frameworkFooter(context.mapping.framework),
  };
}

export function frameworkLine(mapping: MappedTo): string {
  if (mapping.kind === 'role-card') return `Role card: ${mapping.framework.title} (${mapping.framework.code})`;
  return `${mapping.framework.name} — ${mapping.track.name}`;
}

export function levelsLine(mapping: MappedTo): string {
  if (mapping.kind === 'role-card') return `${mapping.framework.level.code} — ${mapping.framework.level.name}`;
  const current = mapping.currentLevel?.id ?? 'current level not set';
  return `${current} → ${mapping.targetLevel?.id ?? 'top of the ladder'}`;
}

/** The target the documents measure against, by the same rule as the screens. */
export function measuredTarget(context: DocumentContext): { label: string; gap: GapSummary | undefined } {
  return { label: targetLabel(context.mapping), gap: targetGap(context.mapping, context.person, context.ratings) };
}

export function areaFigures(gap: GapSummary | undefined): AreaFigure[] {
  return (gap?.areas ?? [])
    .filter((entry) => entry.tally.total > 0)
    .map(({ area, tally }) => ({
      name: area.name,
      percent: areaPercent(tally),
      missing: missing(tally),
    }));
}

export function headline(label: string, gap: GapSummary | undefined): string {
  const overall = gap?.overall;
  if (!overall || overall.share === null) return `Nothing applicable to measure at ${label}`;
  return `${percentText(overall.share)} of ${label} met · ${overall.rated + overall.notApplicable} of ${overall.total} rated`;
}

/** An action as the documents print it: owner in words, due date in the reader's locale, overdue marked. */
export function actionLine(context: DocumentContext, action: Action, source?: string): ActionLine {
  return {
    text: action.text,
    owner: ownerLabel(action.owner, displayName(context.person)),
    due: action.dueDate ? context.formatDate(action.dueDate) : undefined,
    done: action.done,
    overdue: isOverdue(action, context.today),
    source,
  };
}

/**
 * A paragraph someone wrote (a goal's description or success criteria) as a document prints it: their
 * line breaks kept (Windows ones read as line breaks too), blank space around it gone, nothing if empty.
 */
export function writtenText(text: string | undefined): string | undefined {
  const printed = text?.replace(/\r\n?/g, '\n').trim();
  return printed || undefined;
}
