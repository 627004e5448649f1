/**
 * What changes from one level to another, side by side, with what is new at the higher level marked.
 */
import { useState } from 'react';
import { levelDelta, levelsInOrder, nextLevel, nextLevels, previousLevel, type AreaChange } from '../../../shared/framework/career-map';
import type { CareerMap, Track } from '../../../shared/framework/schema';
import { levelChangesRoute, routeToHash } from '../../store/routes';
import { LabelledSelect } from '../../components/form-parts';
import { useAppStore } from '../../store/app-store';
import { BlankWorksheet } from '../documents';
import { LevelKindBadge } from './level-kind-badge';
import { StatementCell } from './statement-cell';
import { TrackHeader } from './track-header';

const changeLabels: Record<AreaChange, string> = {
  new: 'New area',
  changed: 'Changes',
  same: 'No change',
  'not-carried': 'Not mentioned at the higher level',
  absent: 'Not at either level',
};

interface Props {
  map: CareerMap;
  track: Track;
  fromLevelId: string;
  toLevelId: string;
}

export function LevelChangesScreen({ map, track, fromLevelId, toLevelId }: Props) {
  const navigate = useAppStore((state) => state.navigate);
  const [hideUnchanged, setHideUnchanged] = useState(true);
  const delta = levelDelta(track, fromLevelId, toLevelId);
  const levels = levelsInOrder(track);

  const here = { frameworkId: map.id, trackId: track.id };
  const go = (from: string, to: string) => navigate(levelChangesRoute(here, from, to));
  // Choosing a lower level at or above the higher one (or the reverse) moves the other end along.
  const chooseFrom = (from: string) => {
    const to = levels.find((level) => level.id === toLevelId);
    const chosen = levels.find((level) => level.id === from);
    if (!chosen || !to || chosen.order < to.order) return go(from, toLevelId);
    const above = nextLevel(track, from);
    return above ? go(from, above.id) : go(previousLevel(track, from)?.id ?? from, from);
  };
  const chooseTo = (to: string) => {
    const from = levels.find((level) => level.id === fromLevelId);
    const chosen = levels.find((level) => level.id === to);
    if (!chosen || !from || chosen.order > from.order) return go(fromLevelId, to);
    const below = previousLevel(track, to);
    return below ? go(below.id, to) : go(to, nextLevel(track, to)?.id ?? to);
  };

  if (!delta) {
    return (
      <article className="screen">
        <TrackHeader map={map} track={track} screen="level-changes" title={`${track.name}: level changes`} />
        <p className="notice">
          {track.name} has no level {levels.some((level) => level.id === fromLevelId) ? toLevelId : fromLevelId}. Choose two levels below.
        </p>
        <LevelPicker levels={levels.map((level) => level.id)} from={fromLevelId} to={toLevelId} onFrom={chooseFrom} onTo={chooseTo} />
      </article>
    );
  }

  const rows = delta.rows.filter((row) => row.change !== 'absent' && !(hideUnchanged && row.change === 'same'));
  const stepDown = previousLevel(track, delta.from.id);
  const stepUp = nextLevel(track, delta.to.id);
  const toCount = delta.to.statements.length;
  // Parallel ladders: the other rungs one step up from the lower level (E4 leads to E5 and to M5).
  const otherBranches = nextLevels(track, delta.from.id).filter((level) => level.id !== delta.to.id);

  return (
    <article className="screen">
      <TrackHeader
        map={map}
        track={track}
        screen="level-changes"
        title={`${track.name}: what changes from ${delta.from.id} to ${delta.to.id}`}
      />
      <div className="toolbar">
        <LevelPicker levels={levels.map((level) => level.id)} from={delta.from.id} to={delta.to.id} onFrom={chooseFrom} onTo={chooseTo} />
        <div className="stepper">
          {stepDown ? (
            <a href={routeToHash(levelChangesRoute(here, stepDown.id, delta.from.id))}>
              ← {stepDown.id} to {delta.from.id}
            </a>
          ) : null}
          {stepUp ? (
            <a href={routeToHash(levelChangesRoute(here, delta.to.id, stepUp.id))}>
              {delta.to.id} to {stepUp.id} →
            </a>
          ) : null}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={hideUnchanged} onChange={(event) => setHideUnchanged(event.target.checked)} />
          Hide areas that do not change
        </label>
      </div>
      <p className="lede" role="status">
        {delta.changedStatementCount} of the {toCount} statements at {delta.to.id} are new or worded differently from {delta.from.id}.
      </p>
      {otherBranches.length > 0 ? (
        <p className="notice">
          {delta.from.id} also leads to{' '}
          {otherBranches.map((level, index) => (
            <span key={level.id}>
              {index > 0 ? ', ' : ''}
              <a
                href={routeToHash({
                  view: 'level-changes',
                  frameworkId: map.id,
                  trackId: track.id,
                  fromLevelId: delta.from.id,
                  toLevelId: level.id,
                })}
              >
                {level.id}
                {level.kind ? ` (${level.kind === 'management' ? 'management' : 'individual contributor'})` : ''}
              </a>
            </span>
          ))}
          , a parallel rung of the same rank: see what changes on that branch.
        </p>
      ) : null}
      <table className="delta">
        <caption className="visually-hidden">
          Statements at {delta.from.id} and at {delta.to.id}, by area. New or changed statements at {delta.to.id} are marked “new”.
        </caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">
              {delta.from.id} <LevelKindBadge kind={delta.from.kind} />
            </th>
            <th scope="col">
              {delta.to.id} <LevelKindBadge kind={delta.to.kind} />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.area.id} className={`delta-${row.change}`}>
              <th scope="row">
                {row.area.name}
                <span className={`change-tag change-${row.change}`}>{changeLabels[row.change]}</span>
              </th>
              <td>
                <StatementCell
                  statements={row.from}
                  examples={row.fromExamples}
                  empty={<span className="empty-cell">Nothing at {delta.from.id}</span>}
                />
              </td>
              <td>
                <StatementCell
                  statements={row.to.map((entry) => entry.statement)}
                  examples={row.toExamples}
                  newIds={new Set(row.to.filter((entry) => entry.isNew).map((entry) => entry.statement.id))}
                  empty={<span className="empty-cell">Nothing at {delta.to.id}</span>}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="notice">Nothing changes between these levels.</p> : null}
      <section className="print-section" aria-label="Print">
        <BlankWorksheet
          source={{ kind: 'career-map', framework: map, track, levelId: delta.to.id }}
          label={`${track.name} ${delta.to.id}`}
        />
      </section>
    </article>
  );
}

interface LevelPickerProps {
  levels: string[];
  from: string;
  to: string;
  onFrom: (from: string) => void;
  onTo: (to: string) => void;
}

function LevelPicker({ levels, from, to, onFrom, onTo }: LevelPickerProps) {
  const options = levels.map((id) => ({ value: id, label: id }));
  return (
    <div className="level-picker">
      <LabelledSelect label="From" options={options} value={from} onChange={onFrom} />
      <LabelledSelect label="To" options={options} value={to} onChange={onTo} />
    </div>
  );
}
