/**
 * "What changes at the next level, and what must I do?" — area by area, the target level's statements
 * with what changed from the level the person is at, their rating, note and evidence, and the goal
 * that covers each, with one click to rate, add evidence or make a goal.
 */
import { useCallback, useMemo, useState } from 'react';
import type { GapArea } from '../../../shared/gap/area-gap';
import type { MappedTo } from '../../../shared/workspace/mapping';
import { levelItems } from '../../../shared/workspace/mapping-items';
import { nextLevelView } from '../../../shared/workspace/next-level';
import type { Person, RatingValue } from '../../../shared/workspace/schema';
import { shorten } from '../../../shared/text/shorten';
import { StatementText } from '../career-map';
import { EvidenceDialog } from '../evidence';
import { GapHeadline, useGapFigures } from '../gaps';
import { scaleOf } from '../rate';
import { useAppStore } from '../../store/app-store';
import { useBasisLine } from '../../store/person-hooks';
import { levelChangesRoute, routeToHash } from '../../store/routes';
import { NextLevelStatement } from './next-level-statement';

export function NextLevelTab({ person, mapping }: { person: Person; mapping: MappedTo }) {
  const rate = useAppStore((state) => state.rate);
  const evidence = useAppStore((state) => state.evidence);
  const goals = useAppStore((state) => state.goals);
  const addGoalFromGap = useAppStore((state) => state.addGoalFromGap);
  const figures = useGapFigures(person, mapping);
  const basis = useBasisLine(person);
  const view = useMemo(() => nextLevelView(mapping), [mapping]);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [evidenceFor, setEvidenceFor] = useState<string | null>(null);
  const [made, setMade] = useState<string | null>(null);
  const scale = scaleOf(mapping);
  const personHref = (tab: 'plan' | 'evidence') => routeToHash({ view: 'person', personId: person.id, tab });
  const goalHref = useCallback((goalId: string) => routeToHash({ view: 'person', personId: person.id, tab: 'plan', goalId }), [person.id]);

  const onRate = useCallback((itemId: string, value: RatingValue | null) => void rate(itemId, value), [rate]);
  async function onMakeGoal(area: GapArea, itemId: string) {
    const item = view.areas.flatMap((entry) => entry.entries).find((entry) => entry.item.id === itemId)?.item;
    if (!item) return;
    const goal = await addGoalFromGap(area, [item]);
    if (goal) setMade(shorten(goal.title));
  }

  if (mapping.kind === 'career-map' && !view.to) {
    return (
      <p className="notice">
        {person.name.trim() || 'You'} are at the top level of {mapping.track.name}: there is no level above to compare.
      </p>
    );
  }
  const { from, to } = view;
  const canCompare = mapping.kind === 'career-map' && from && to;
  const title =
    mapping.kind === 'role-card'
      ? `What ${mapping.framework.code} asks`
      : from && to
        ? `What changes from ${from.id} to ${to.id}`
        : `What ${to?.id ?? 'the first level'} asks`;
  const items = levelItems(mapping, to?.id, false).items;

  return (
    <div className="next-level">
      <div className="next-level-head">
        <h2>{title}</h2>
        <GapHeadline figures={figures} basis={basis} />
      </div>
      <div className="toolbar">
        {canCompare ? (
          <>
            <label className="checkbox">
              <input type="checkbox" checked={onlyChanges} onChange={(event) => setOnlyChanges(event.target.checked)} />
              Only what changes from {from.id}
            </label>
            <a href={routeToHash(levelChangesRoute({ frameworkId: mapping.framework.id, trackId: mapping.track.id }, from.id, to.id))}>
              Both levels side by side
            </a>
          </>
        ) : null}
        <p role="status" className="muted">
          {made ? `Goal “${made}” added to the plan.` : ''}
        </p>
      </div>
      {view.areas.map(({ area, entries, dropped }) => {
        const shown = onlyChanges ? entries.filter((entry) => entry.change?.change !== 'same') : entries;
        if (shown.length === 0 && dropped.length === 0) return null;
        return (
          <section key={area.id} className="next-area" aria-labelledby={`next-area-${area.id}`}>
            <h3 id={`next-area-${area.id}`}>{area.name}</h3>
            {shown.length > 0 ? (
              <ul className="next-list">
                {shown.map((entry) => (
                  <NextLevelStatement
                    key={entry.item.id}
                    entry={entry}
                    area={area}
                    scale={scale}
                    evidence={evidence}
                    goals={goals}
                    goalHref={goalHref}
                    evidenceHref={personHref('evidence')}
                    onRate={onRate}
                    onAddEvidence={setEvidenceFor}
                    onMakeGoal={(gapArea, itemId) => void onMakeGoal(gapArea, itemId)}
                  />
                ))}
              </ul>
            ) : null}
            {dropped.length > 0 && from ? (
              <div className="next-dropped">
                <span className="next-label">
                  Said at {from.id}, not at {to?.id}:
                </span>
                {dropped.map((statement) => (
                  <p key={statement.id} className="statement statement-dropped">
                    <StatementText statement={statement} />
                  </p>
                ))}
              </div>
            ) : null}
          </section>
        );
      })}
      {evidenceFor !== null ? <EvidenceDialog items={items} preselected={[evidenceFor]} onClose={() => setEvidenceFor(null)} /> : null}
    </div>
  );
}
