/**
 * The team overview, as plain data: one row per person (levels, % of the target met, the suggested
 * level, when the ratings last changed, the last and next 1:1, open and overdue actions) and a heatmap
 * of people × skill areas for the people mapped against one track. Every figure comes from the same
 * functions the person's own screens use: the counted ratings, the target gap and percent rounding.
 */
import { areaPercent, levelGap, isLevelMet, suggestLevel } from '../gap/career-map-gap';
import type { RatingLookup } from '../gap/area-gap';
import { percent, type AreaPercent } from '../gap/percent';
import { targetGap, targetLabel } from '../gap/target-gap';
import type { Framework, Track } from '../framework/schema';
import { countedValues, type RatingBasis } from '../workspace/counted-ratings';
import { isFinished, isOverdue } from '../workspace/growth-plan';
import { displayName } from '../workspace/labels';
import { compareText } from '../text/compare-text';
import { resolveMapping } from '../workspace/mapping';
import type { Action, Goal, Meeting, Person, Rating } from '../workspace/schema';

/** What the overview reads about one person: little, and none of their history. */
export interface PersonFacts {
  person: Person;
  /** Every rater's ratings against the person's framework. */
  ratings: readonly Rating[];
  /** Their 1:1 notes' dates and the actions of the newest one (open actions carry over to it). */
  meetings: readonly Pick<Meeting, 'date' | 'actions'>[];
  goals: readonly Pick<Goal, 'archived' | 'status' | 'actions'>[];
}

export interface TeamRow {
  personId: string;
  name: string;
  relationship: Person['relationship'];
  /** "Frontend", the card's code, or why there is none. */
  mappedTo: string;
  /** The framework's name, where the person is mapped against one that is still there. */
  framework: string | null;
  /** The framework and track the person is mapped against, for grouping the heatmap. */
  trackKey: string | null;
  currentLevel: string | null;
  targetLevel: string | null;
  /** Percent of the target met, rounded as everywhere; null when nothing applies or nothing is mapped. */
  percentMet: number | null;
  suggestedLevel: string | null;
  /** The latest change to any of their ratings (any rater), ISO; null when nothing is rated. */
  ratingsChangedAt: string | null;
  lastMeeting: string | null;
  nextMeeting: string | null;
  openActions: number;
  overdueActions: number;
}

/** "framework-id/track-id": people with the same key are measured on the same areas. */
export function trackKey(frameworkId: string, trackId: string): string {
  return `${frameworkId}/${trackId}`;
}

function openActionsOf(facts: PersonFacts): Action[] {
  // Each 1:1 action is kept once, in the entry it was agreed in: the open ones of every entry are the open ones.
  const fromMeetings = facts.meetings.flatMap((meeting) => meeting.actions.filter((action) => !action.done));
  const fromGoals = facts.goals
    .filter((goal) => !goal.archived && !isFinished(goal))
    .flatMap((goal) => goal.actions.filter((action) => !action.done));
  return [...fromMeetings, ...fromGoals];
}

function latest(dates: readonly string[]): string | null {
  return dates.reduce<string | null>((newest, date) => (newest === null || date > newest ? date : newest), null);
}

/** A person with the ratings that count, measured once, and their row. */
export interface TeamEntry {
  person: Person;
  values: RatingLookup;
  row: TeamRow;
}

export function teamEntry(
  facts: PersonFacts,
  frameworks: readonly Framework[],
  today: string,
  basis: RatingBasis = 'preferred',
): TeamEntry {
  const values = countedValues(facts.ratings, basis);
  return { person: facts.person, values, row: rowOf(facts, values, frameworks, today) };
}

export function teamRow(facts: PersonFacts, frameworks: readonly Framework[], today: string, basis: RatingBasis = 'preferred'): TeamRow {
  return teamEntry(facts, frameworks, today, basis).row;
}

function rowOf(facts: PersonFacts, values: RatingLookup, frameworks: readonly Framework[], today: string): TeamRow {
  const { person } = facts;
  const mapping = resolveMapping(frameworks, person);
  const dates = facts.meetings.map((meeting) => meeting.date);
  const upcoming = dates.filter((date) => date >= today).sort();
  const open = openActionsOf(facts);
  const base = {
    personId: person.id,
    name: displayName(person),
    relationship: person.relationship,
    ratingsChangedAt: latest(facts.ratings.map((rating) => rating.updatedAt)),
    lastMeeting: latest(dates.filter((date) => date < today)),
    nextMeeting: upcoming[0] ?? null,
    openActions: open.length,
    overdueActions: open.filter((action) => isOverdue(action, today)).length,
  };
  if (mapping.kind === 'career-map') {
    const gap = targetGap(mapping, person, values);
    return {
      ...base,
      mappedTo: mapping.track.name,
      framework: mapping.framework.name,
      trackKey: trackKey(mapping.framework.id, mapping.track.id),
      currentLevel: mapping.currentLevel?.id ?? null,
      targetLevel: mapping.targetLevel ? targetLabel(mapping) : null,
      percentMet: percent(gap?.overall.share ?? null),
      suggestedLevel: suggestLevel(mapping.track, values)?.id ?? null,
    };
  }
  if (mapping.kind === 'role-card') {
    return {
      ...base,
      mappedTo: `Role card ${mapping.framework.code}`,
      framework: mapping.framework.name,
      trackKey: null,
      currentLevel: null,
      targetLevel: targetLabel(mapping),
      percentMet: percent(targetGap(mapping, person, values)?.overall.share ?? null),
      suggestedLevel: null,
    };
  }
  return {
    ...base,
    mappedTo: mapping.kind === 'unmapped' ? 'Not mapped yet' : 'Framework no longer available',
    framework: null,
    trackKey: null,
    currentLevel: null,
    targetLevel: null,
    percentMet: null,
    suggestedLevel: null,
  };
}

export interface HeatmapRow {
  personId: string;
  name: string;
  /** The level measured: the person's target, or the level chosen for everyone. */
  levelId: string | null;
  /** Percent met in each area (in the track's order); "not rated" where nobody rated it yet; null where nothing applies. */
  cells: AreaPercent[];
  /** Whether the area is met at the level (at least 80 %, as a level counts as met). */
  met: boolean[];
}

export interface Heatmap {
  track: Track;
  areas: { id: string; name: string }[];
  rows: HeatmapRow[];
  /** Per area: how many people meet it, and whether the team is thin there (at most one does). */
  summary: { met: number; thin: boolean }[];
}

/**
 * People × skill areas for everyone mapped against one track, at each person's target level or at
 * `levelId` for all. Areas with no statements at any measured level are left out.
 */
export function teamHeatmap(
  entries: readonly Pick<TeamEntry, 'person' | 'values'>[],
  frameworks: readonly Framework[],
  key: string,
  levelId: string | 'target',
): Heatmap | undefined {
  const measured = entries.flatMap((entry) => {
    const mapping = resolveMapping(frameworks, entry.person);
    if (mapping.kind !== 'career-map' || trackKey(mapping.framework.id, mapping.track.id) !== key) return [];
    const level = levelId === 'target' ? mapping.targetLevel?.id : levelId;
    return [{ entry, track: mapping.track, level, gap: level ? levelGap(mapping.track, level, entry.values) : undefined }];
  });
  const [first] = measured;
  if (!first) return undefined;
  const { track } = first;
  const used = track.areas.map((_, index) => measured.some(({ gap }) => (gap?.areas[index]?.tally.total ?? 0) > 0));
  const areas = track.areas.filter((_, index) => used[index]);
  const rows = measured
    .map(({ entry, level, gap }) => {
      const tallies = (gap?.areas ?? []).filter((_, index) => used[index]).map((area) => area.tally);
      return {
        personId: entry.person.id,
        name: displayName(entry.person),
        levelId: level ?? null,
        cells: areas.map((_, index) => {
          const tally = tallies[index];
          return tally && tally.total > 0 ? areaPercent(tally) : null;
        }),
        met: areas.map((_, index) => {
          const tally = tallies[index];
          return tally !== undefined && isLevelMet(tally);
        }),
      };
    })
    .sort((a, b) => compareText(a.name, b.name));
  const summary = areas.map((_, index) => {
    const met = rows.filter((row) => row.met[index]).length;
    return { met, thin: met <= 1 };
  });
  return { track, areas, rows, summary };
}

/** The tracks people are mapped against, with how many people each, the most common first. */
export function mappedTracks(
  facts: readonly Pick<PersonFacts, 'person'>[],
  frameworks: readonly Framework[],
): { key: string; label: string; people: number }[] {
  const counts = new Map<string, { label: string; people: number }>();
  for (const { person } of facts) {
    const mapping = resolveMapping(frameworks, person);
    if (mapping.kind !== 'career-map') continue;
    const key = trackKey(mapping.framework.id, mapping.track.id);
    const held = counts.get(key);
    counts.set(key, { label: `${mapping.framework.name} — ${mapping.track.name}`, people: (held?.people ?? 0) + 1 });
  }
  return [...counts].map(([key, value]) => ({ key, ...value })).sort((a, b) => b.people - a.people || compareText(a.label, b.label));
}
