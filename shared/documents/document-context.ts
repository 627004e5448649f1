/**
 * What every document builder needs to know about the person and the moment, and the lookups they share.
 */
import type { RatingLookup } from '../gap/area-gap';
import { levelGap } from '../gap/career-map-gap';
import { roleCardGap } from '../gap/role-card-gap';
import type { GapSummary } from '../gap/area-gap';
import type { MappedTo } from '../workspace/mapping';
import { isOverdue } from '../workspace/growth-plan';
import { ownerLabel } from '../workspace/labels';
import type { Action, Person } from '../workspace/schema';
import type { ActionLine, AreaFigure } from './document-content';
import { frameworkFooter, type DocumentMeta, type PaperSize } from './document-meta';

export interface DocumentContext {
  person: Person;
  mapping: MappedTo;
  ratings: RatingLookup;
  /** Today, ISO ("2026-11-23"): what counts as overdue. */
  today: string;
  paper: PaperSize;
  /** How dates read in this locale. */
  formatDate: (isoDate: string) => string;
}

export function personName(person: Person): string {
  return person.name.trim() || (person.relationship === 'me' ? 'Me' : 'Unnamed');
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

/** The target the documents measure against: the target level, or the whole card. */
export function targetGap(context: DocumentContext): { label: string; gap: GapSummary | undefined } {
  const { mapping, ratings, person } = context;
  if (mapping.kind === 'role-card')
    return { label: mapping.framework.code, gap: roleCardGap(mapping.framework, ratings, person.expectedProficiency) };
  const target = mapping.targetLevel;
  return { label: target?.id ?? 'the top level', gap: target ? levelGap(mapping.track, target.id, ratings) : undefined };
}

export function areaFigures(gap: GapSummary | undefined): AreaFigure[] {
  return (gap?.areas ?? [])
    .filter((entry) => entry.tally.total > 0)
    .map(({ area, tally }) => ({
      name: area.name,
      percent: tally.share === null ? null : Math.round(tally.share * 100),
      missing: tally.total - tally.notApplicable - tally.met,
    }));
}

export function headline(label: string, gap: GapSummary | undefined): string {
  const overall = gap?.overall;
  if (!overall || overall.share === null) return `Nothing applicable to measure at ${label}`;
  return `${Math.round(overall.share * 100)}% of ${label} met · ${overall.rated + overall.notApplicable} of ${overall.total} rated`;
}

/** Every statement's (or component's) text by id, with its skill name in front where it has one. */
export function itemTexts(mapping: MappedTo): Map<string, string> {
  if (mapping.kind === 'role-card') return new Map(mapping.framework.components.map((component) => [component.id, component.text]));
  return new Map(
    mapping.track.levels.flatMap((level) =>
      level.statements.map(
        (statement) => [statement.id, statement.skillName ? `${statement.skillName}: ${statement.text}` : statement.text] as const,
      ),
    ),
  );
}

/** An action as the documents print it: owner in words, due date in the reader's locale, overdue marked. */
export function actionLine(context: DocumentContext, action: Action, source?: string): ActionLine {
  return {
    text: action.text,
    owner: ownerLabel(action.owner, personName(context.person)),
    due: action.dueDate ? context.formatDate(action.dueDate) : undefined,
    done: action.done,
    overdue: isOverdue(action, context.today),
    source,
  };
}
