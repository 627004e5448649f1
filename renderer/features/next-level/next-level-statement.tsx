/**
 * One statement of the target level in the "Next level" view: what changed from the level below, the
 * rating (one click to change it), its note, the evidence that backs it and the goal that covers it,
 * with one click to add evidence or make a goal.
 */
import type { GapArea } from '../../../shared/gap/area-gap';
import { goalStatusLabels } from '../../../shared/workspace/labels';
import { goalsForItem } from '../../../shared/workspace/growth-plan';
import { itemText } from '../../../shared/workspace/mapping-items';
import type { NextLevelEntry } from '../../../shared/workspace/next-level';
import type { Evidence, Goal, RatingValue } from '../../../shared/workspace/schema';
import { shorten } from '../../../shared/text/shorten';
import { StatementChangeTag, StatementChangeText } from '../career-map';
import { RatingButtons, type RatingScale } from '../rate';
import { useAppStore } from '../../store/app-store';

interface Props {
  entry: NextLevelEntry;
  area: GapArea;
  scale: RatingScale;
  evidence: readonly Evidence[];
  goals: readonly Goal[];
  /** Where a goal opens in the plan. */
  goalHref: (goalId: string) => string;
  evidenceHref: string;
  onRate: (itemId: string, value: RatingValue | null) => void;
  onAddEvidence: (itemId: string) => void;
  onMakeGoal: (area: GapArea, itemId: string) => void;
}

export function NextLevelStatement({
  entry,
  area,
  scale,
  evidence,
  goals,
  goalHref,
  evidenceHref,
  onRate,
  onAddEvidence,
  onMakeGoal,
}: Props) {
  const { item, change } = entry;
  // The rating of whoever rates on the Rate tab (yourself, or the manager or coach of a report): the one the buttons change.
  const rating = useAppStore((state) => state.ratings[state.activeRater].get(item.id));
  const backing = evidence.filter((entry) => entry.itemIds.includes(item.id));
  const covering = goalsForItem(goals, item.id);
  const textId = `next-${item.id}`;
  return (
    <li className={`next-statement${change ? ` statement-${change.change}` : ''}`} aria-labelledby={textId}>
      <p id={textId} className="next-text">
        {change ? (
          <>
            <StatementChangeTag entry={change} /> <StatementChangeText entry={change} />
          </>
        ) : (
          itemText(item)
        )}
      </p>
      <RatingButtons
        itemId={item.id}
        scale={scale}
        value={rating?.value}
        label={`Rating: ${shorten(itemText(item), 60)}`}
        onRate={onRate}
      />
      {rating?.note ? <p className="rating-note">Note: {rating.note}</p> : null}
      <div className="next-backing">
        <div>
          <span className="next-label">Evidence</span>{' '}
          {backing.length === 0 ? (
            <span className="muted">none yet</span>
          ) : (
            <a href={evidenceHref}>
              {backing
                .slice(0, 3)
                .map((entry) => `${entry.date} ${shorten(entry.title ?? entry.text, 50)}`)
                .join(' · ')}
              {backing.length > 3 ? ` and ${backing.length - 3} more` : ''}
            </a>
          )}{' '}
          <button type="button" className="link-button" onClick={() => onAddEvidence(item.id)}>
            Add evidence
          </button>
        </div>
        <div>
          <span className="next-label">Goal</span>{' '}
          {covering.length > 0 ? (
            covering.map((goal) => (
              <a key={goal.id} href={goalHref(goal.id)} className="next-goal">
                {shorten(goal.title, 60)} ({goalStatusLabels[goal.status].toLowerCase()})
              </a>
            ))
          ) : (
            <button type="button" className="link-button" onClick={() => onMakeGoal(area, item.id)}>
              Make a goal
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
