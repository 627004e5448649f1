/**
 * The headline: how much of the target is met, how much is rated, and the level the ratings suggest.
 */
import { percentText } from '../../../shared/gap/percent';
import type { GapFigures } from './gap-figures';

export function GapHeadline({ figures, basis }: { figures: GapFigures; basis: string }) {
  const overall = figures.target?.overall;
  return (
    <div className="gap-headline" data-testid="gap-headline" data-rated={overall ? overall.rated + overall.notApplicable : 0}>
      <p className="big-figure">
        {percentText(overall?.share)} <span>of {figures.targetLabel} met</span>
      </p>
      {overall ? (
        <p className="hint">
          {overall.rated + overall.notApplicable} of {overall.total} rated
          {overall.unrated > 0 ? ` · ${overall.unrated} not rated yet` : ''}
          {overall.notApplicable > 0 ? ` · ${overall.notApplicable} not applicable` : ''}
        </p>
      ) : null}
      <p className="hint" data-testid="rating-basis">
        {basis}
      </p>
      {figures.ladder.length > 0 ? (
        <p className="suggestion">
          Suggested level: <strong>{figures.suggested?.id ?? 'none yet'}</strong>
          {figures.currentLabel ? ` · chosen: ${figures.currentLabel}` : ''}
        </p>
      ) : null}
    </div>
  );
}
