/**
 * The gap, in full: by area as a radar, along the ladder, and as the list of what is left to do, each
 * area of which can become a goal of the plan in one step.
 */
import { useState } from 'react';
import { targetGapList } from '../../../shared/gap/target-gap';
import { shorten } from '../../../shared/text/shorten';
import { goalsForItem, itemsWithoutGoal } from '../../../shared/workspace/growth-plan';
import type { MappedTo } from '../../../shared/workspace/mapping';
import type { Person, RatingValue } from '../../../shared/workspace/schema';
import { ratingLabel } from '../../../shared/workspace/labels';
import { routeToHash } from '../../store/routes';
import { ByLevelChart, ByAreaChart } from '../../charts/progress-charts';
import { RatingBasisChoice } from '../../components/rater-choice';
import { useAppStore } from '../../store/app-store';
import { useBasisLine, useRatingValues } from '../../store/person-hooks';
import { GapHeadline } from './gap-headline';
import { useGapFigures } from './use-gap-figures';

const standingLabels = { partly: 'Partly', 'not-yet': 'Not yet', unrated: 'Not rated' } as const;

/** A role card's components are rated 0–4: say the rating and what is expected, not "partly". */
function standingText(mapping: MappedTo, person: Person, value: RatingValue | undefined, standing: keyof typeof standingLabels): string {
  if (mapping.kind !== 'role-card' || standing === 'unrated') return standingLabels[standing];
  return `${ratingLabel(value)} · needs ${ratingLabel(person.expectedProficiency)}`;
}

export function GapsTab({ person, mapping }: { person: Person; mapping: MappedTo }) {
  const figures = useGapFigures(person, mapping);
  const ratings = useRatingValues();
  const list = targetGapList(mapping, person, ratings);
  const addGoalFromGap = useAppStore((state) => state.addGoalFromGap);
  const goals = useAppStore((state) => state.goals);
  const basis = useAppStore((state) => state.ratingBasis);
  const setBasis = useAppStore((state) => state.setRatingBasis);
  const basisText = useBasisLine(person);
  // The goal made last, by area: the area's line says so, with the way to the plan.
  const [made, setMade] = useState<{ areaId: string; title: string; goalId: string } | null>(null);
  const goalHref = (goalId: string) => routeToHash({ view: 'person', personId: person.id, tab: 'plan', goalId });

  async function makeGoal(entry: (typeof list)[number]) {
    const goal = await addGoalFromGap(
      entry.area,
      entry.entries.map(({ item }) => item),
    );
    if (goal) setMade({ areaId: entry.area.id, title: shorten(goal.title), goalId: goal.id });
  }
  return (
    <div className="gaps">
      <div className="toolbar">
        <RatingBasisChoice id="gaps-basis" value={basis} relationship={person.relationship} onChange={setBasis} />
      </div>
      <GapHeadline figures={figures} basis={basisText} explainFor={person} />
      <div className="chart-row">
        <ByAreaChart
          title={`Met by area: ${figures.radar.series.map((entry) => entry.label).join(' and ')}`}
          points={figures.radar.points}
          series={figures.radar.series}
        />
        {figures.ladder.length > 0 ? <ByLevelChart title="Met at each level" bars={figures.ladder} /> : null}
      </div>
      <section aria-labelledby="gap-list-title">
        <h2 id="gap-list-title">
          What stands between {person.name.trim() || 'you'} and {figures.targetLabel}
        </h2>
        {list.length === 0 ? (
          <p className="notice">Nothing: every applicable statement of {figures.targetLabel} is met consistently.</p>
        ) : (
          list.map((entry) => {
            const withoutGoal = itemsWithoutGoal(
              goals,
              entry.entries.map(({ item }) => item),
            );
            return (
              <section key={entry.area.id} className="gap-area" aria-labelledby={`gap-${entry.area.id}`}>
                <h3 id={`gap-${entry.area.id}`}>
                  {entry.area.name} <span className="count">{entry.missing} to go</span>
                </h3>
                <div className="gap-goal">
                  {withoutGoal.length > 0 ? (
                    <button
                      type="button"
                      className="button-secondary"
                      aria-describedby={`gap-${entry.area.id}`}
                      onClick={() => void makeGoal(entry)}
                    >
                      {withoutGoal.length < entry.entries.length ? `Make a goal for the ${withoutGoal.length} without one` : 'Make a goal'}
                    </button>
                  ) : (
                    <span className="muted">Every statement here has a goal.</span>
                  )}
                  <p role="status">
                    {made?.areaId === entry.area.id ? (
                      <>
                        Goal “{made.title}” added to the <a href={goalHref(made.goalId)}>plan</a>.
                      </>
                    ) : null}
                  </p>
                </div>
                <ul>
                  {entry.entries.map(({ item, standing }) => {
                    const [goal] = goalsForItem(goals, item.id);
                    return (
                      <li key={item.id}>
                        <span className={`standing standing-${standing}`}>
                          {standingText(mapping, person, ratings.get(item.id), standing)}
                        </span>{' '}
                        {item.text}
                        {goal ? (
                          <span className="has-goal">
                            {' '}
                            · Goal: <a href={goalHref(goal.id)}>{shorten(goal.title)}</a>
                          </span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })
        )}
      </section>
    </div>
  );
}
