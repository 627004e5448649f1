/**
 * The headline: how much of the target is met, how much is rated, and the level the ratings suggest —
 * with, on the Gaps tab, why the suggestion goes no higher, in words, and the choice to count levels
 * nobody rated below a met one as met.
 */
import { levelMetThreshold, type LevelSuggestion } from '../../../shared/gap/career-map-gap';
import { percentText } from '../../../shared/gap/percent';
import { ratedCountText } from '../../../shared/gap/rated-count';
import type { Person } from '../../../shared/workspace/schema';
import { useAppStore } from '../../store/app-store';
import type { GapFigures } from './gap-figures';

/** "L1 and L2", "L1, L2 and L3". */
function listed(ids: readonly string[]): string {
  return ids.length <= 1 ? ids.join('') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1) ?? ''}`;
}

/** Why the suggestion stops where it does, as a sentence; empty when it reaches the top. */
export function suggestionReason(suggestion: LevelSuggestion): string {
  const { suggested, stoppedAt, assumedMet, highestMet } = suggestion;
  const parts: string[] = [];
  if (stoppedAt) {
    const why =
      stoppedAt.reason === 'not-rated'
        ? `${stoppedAt.level.id} is not rated yet`
        : `${stoppedAt.level.id} is ${percentText(stoppedAt.tally.share)} met (${percentText(levelMetThreshold)} needed)`;
    parts.push(suggested ? `${why}.` : `${why}, and a level is suggested only when every level below it is met too.`);
  }
  if (!suggested && highestMet) parts.push(`${highestMet.level.id} is ${percentText(highestMet.tally.share)} met on its own.`);
  if (assumedMet.length > 0)
    parts.push(`${listed(assumedMet.map((level) => level.id))} counted as met: nobody rated ${assumedMet.length === 1 ? 'it' : 'them'}.`);
  return parts.join(' ');
}

/** Whether counting unrated lower levels as met would change anything, or is on. */
function offersCounting(person: Person, suggestion: LevelSuggestion): boolean {
  if (person.countLowerLevelsAsMet) return true;
  const { stoppedAt, highestMet } = suggestion;
  return stoppedAt?.reason === 'not-rated' && highestMet !== undefined && highestMet.level.order > stoppedAt.level.order;
}

interface Props {
  figures: GapFigures;
  /** Which ratings the figures count, in words. */
  basis: string;
  /** The person, to explain the suggestion in full and offer to count unrated lower levels as met. */
  explainFor?: Person;
}

export function GapHeadline({ figures, basis, explainFor }: Props) {
  const changePerson = useAppStore((state) => state.changePerson);
  const overall = figures.target?.overall;
  const suggestion = figures.suggestion;
  const reason = suggestion && explainFor ? suggestionReason(suggestion) : '';
  return (
    <div className="gap-headline" data-testid="gap-headline" data-rated={overall ? overall.rated + overall.notApplicable : 0}>
      <p className="big-figure">
        {percentText(overall?.share)} <span>of {figures.targetLabel} met</span>
      </p>
      {overall ? (
        <p className="hint">
          {ratedCountText(overall)}
          {overall.unrated > 0 ? ` · ${overall.unrated} not rated yet` : ''}
        </p>
      ) : null}
      <p className="hint" data-testid="rating-basis">
        {basis}
      </p>
      {figures.ladder.length > 0 ? (
        <p className="suggestion">
          Suggested level: <strong>{figures.suggested?.id ?? 'none yet'}</strong>
          {figures.currentLabel ? ` · chosen: ${figures.currentLabel}` : ''}
          {reason ? <span className="suggestion-reason"> — {reason}</span> : null}
        </p>
      ) : null}
      {explainFor && suggestion && offersCounting(explainFor, suggestion) ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={explainFor.countLowerLevelsAsMet ?? false}
            onChange={(event) => void changePerson(explainFor.id, { countLowerLevelsAsMet: event.target.checked })}
          />
          Count lower levels nobody rated as met
        </label>
      ) : null}
    </div>
  );
}
