/**
 * The numbers behind the gap screens and charts, computed once from a mapping and ratings.
 */
import {
  isLevelRated,
  isNotRatedYet,
  ladderProgress,
  levelGap,
  levelSuggestion,
  type LevelSuggestion,
} from '../../../shared/gap/career-map-gap';
import type { GapSummary, RatingLookup } from '../../../shared/gap/area-gap';
import { percent } from '../../../shared/gap/percent';
import { targetGap, targetLabel } from '../../../shared/gap/target-gap';
import type { Level } from '../../../shared/framework/schema';
import type { MappedTo } from '../../../shared/workspace/mapping';
import type { Person } from '../../../shared/workspace/schema';
import { areaPoints } from '../../charts/area-points';
import type { CategoryPoint, LadderBar, SeriesSpec } from '../../charts/chart-types';

export interface GapFigures {
  /** What the headline measures against: "L5", or the card's code. */
  targetLabel: string;
  target: GapSummary | undefined;
  current: GapSummary | undefined;
  currentLabel: string | undefined;
  suggested: Level | undefined;
  /** Why the suggestion goes no higher; undefined on a role card. */
  suggestion: LevelSuggestion | undefined;
  ladder: LadderBar[];
  radar: { points: CategoryPoint[]; series: SeriesSpec[] };
}

export function gapFigures(person: Person, mapping: MappedTo, ratings: RatingLookup): GapFigures {
  const target = targetGap(mapping, person, ratings);
  if (mapping.kind === 'role-card') {
    return {
      targetLabel: targetLabel(mapping),
      target,
      current: undefined,
      currentLabel: undefined,
      suggested: undefined,
      suggestion: undefined,
      ladder: [],
      radar: { points: areaPoints([{ key: 'target', summary: target }]), series: [{ key: 'target', label: mapping.framework.code }] },
    };
  }
  const { track, currentLevel, targetLevel } = mapping;
  const current = currentLevel ? levelGap(track, currentLevel.id, ratings) : undefined;
  const suggestion = levelSuggestion(track, ratings, { countUnratedBelowAsMet: person.countLowerLevelsAsMet ?? false });
  const series: SeriesSpec[] = [];
  // A current level nobody rated is unknown, not 0% met: it is left out of the radar and its table (the ladder says "not rated").
  const currentRated = current !== undefined && isLevelRated(current.overall);
  if (current && currentLevel && currentRated) series.push({ key: 'current', label: `${currentLevel.id} (current)` });
  if (target && targetLevel) series.push({ key: 'target', label: `${targetLevel.id} (target)` });
  return {
    targetLabel: targetLabel(mapping),
    target,
    current,
    currentLabel: currentLevel?.id,
    suggested: suggestion.suggested,
    suggestion,
    ladder: ladderProgress(track, ratings).map(({ level, tally }) => ({
      level: level.id,
      percent: percent(tally.share),
      notRated: isNotRatedYet(tally),
      isTarget: level.id === targetLevel?.id,
      isCurrent: level.id === currentLevel?.id,
    })),
    radar: {
      points: areaPoints([
        { key: 'current', summary: currentRated ? current : undefined },
        { key: 'target', summary: target },
      ]),
      series,
    },
  };
}
