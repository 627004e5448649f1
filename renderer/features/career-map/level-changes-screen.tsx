/**
 * What changes from one level to another, side by side: each statement of the higher level marked new,
 * reworded (word by word) or unchanged, and what the lower level says that the higher one drops.
 * "Show only what changes" hides unchanged areas and statements and shortens rewordings to their changes.
 */
import { useState } from 'react';
import {
  levelDelta,
  levelsInOrder,
  nextLevel,
  nextLevels,
  previousLevel,
  type AreaChange,
  type LevelDelta,
} from '../../../shared/framework/career-map';
import type { CareerMap, Track } from '../../../shared/framework/schema';
import { countWords } from '../../../shared/text/count-words';
import { levelChangesRoute, routeToHash } from '../../store/routes';
import { LabelledSelect } from '../../components/form-parts';
import { useAppStore } from '../../store/app-store';
import { BlankWorksheet } from '../documents';
import { LevelKindBadge } from './level-kind-badge';
import { ExamplesList } from './examples-list';
import { StatementChange } from './statement-change';
import { StatementText } from './statement-text';
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
  const [onlyChanges, setOnlyChanges] = useState(true);
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

  const rows = delta.rows.filter((row) => row.change !== 'absent' && !(onlyChanges && row.change === 'same'));
  const stepDown = previousLevel(track, delta.from.id);
  const stepUp = nextLevel(track, delta.to.id);
  const counts = deltaCounts(delta);
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
          <input
            type="checkbox"
            checked={onlyChanges}
            aria-describedby="only-changes-effect"
            onChange={(event) => setOnlyChanges(event.target.checked)}
          />
          Show only what changes
        </label>
      </div>
      <p className="lede" role="status">
        {changeSummary(delta, counts)}{' '}
        <span id="only-changes-effect" className="muted">
          {onlyChanges ? hiddenSummary(counts) : 'Showing every statement of both levels.'}
        </span>
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
          Statements at {delta.from.id} and at {delta.to.id}, by area. Each statement at {delta.to.id} is marked new, reworded (with the
          words added and removed) or unchanged.
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
          {rows.map((row) => {
            const unchanged = new Set(row.to.flatMap((entry) => (entry.change === 'same' && entry.previous ? [entry.previous.id] : [])));
            const dropped = new Set(row.dropped.map((statement) => statement.id));
            const from = onlyChanges && row.change !== 'same' ? row.from.filter((statement) => !unchanged.has(statement.id)) : row.from;
            const to = onlyChanges && row.change !== 'same' ? row.to.filter((entry) => entry.change !== 'same') : row.to;
            return (
              <tr key={row.area.id} className={`delta-${row.change}`}>
                <th scope="row">
                  {row.area.name}
                  <span className={`change-tag change-${row.change}`}>{changeLabels[row.change]}</span>
                </th>
                <td>
                  {from.length === 0 ? (
                    <span className="empty-cell">{row.from.length === 0 ? `Nothing at ${delta.from.id}` : 'Unchanged'}</span>
                  ) : null}
                  {from.map((statement) => (
                    <div key={statement.id}>
                      <p className={dropped.has(statement.id) ? 'statement statement-dropped' : 'statement'}>
                        {dropped.has(statement.id) ? <span className="new-tag">Not carried on</span> : null}{' '}
                        <StatementText statement={statement} />
                      </p>
                      <ExamplesList examples={statement.examples} />
                    </div>
                  ))}
                  <ExamplesList examples={row.fromExamples} />
                </td>
                <td>
                  {to.length === 0 ? (
                    <span className="empty-cell">{row.to.length === 0 ? `Nothing at ${delta.to.id}` : 'Unchanged'}</span>
                  ) : null}
                  {to.map((entry) => (
                    <div key={entry.statement.id}>
                      <StatementChange entry={entry} condensed={onlyChanges} />
                      <ExamplesList examples={entry.statement.examples} />
                    </div>
                  ))}
                  <ExamplesList examples={row.toExamples} />
                </td>
              </tr>
            );
          })}
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

interface DeltaCounts {
  total: number;
  added: number;
  reworded: number;
  unchanged: number;
  dropped: number;
  unchangedAreas: number;
}

function deltaCounts(delta: LevelDelta): DeltaCounts {
  const entries = delta.rows.flatMap((row) => row.to);
  return {
    total: entries.length,
    added: entries.filter((entry) => entry.change === 'new').length,
    reworded: entries.filter((entry) => entry.change === 'reworded').length,
    unchanged: entries.filter((entry) => entry.change === 'same').length,
    dropped: delta.rows.reduce((sum, row) => sum + row.dropped.length, 0),
    unchangedAreas: delta.rows.filter((row) => row.change === 'same').length,
  };
}

function changeSummary(delta: LevelDelta, counts: DeltaCounts): string {
  const parts = [`${counts.added} new`, `${counts.reworded} reworded`];
  if (counts.dropped > 0) parts.push(`${countWords(counts.dropped, 'statement')} of ${delta.from.id} not carried on`);
  return `${delta.changedStatementCount} of the ${countWords(counts.total, 'statement')} at ${delta.to.id} change from ${delta.from.id}: ${parts.join(', ')}.`;
}

function hiddenSummary(counts: DeltaCounts): string {
  const hidden = [
    counts.unchangedAreas > 0 ? countWords(counts.unchangedAreas, 'unchanged area') : null,
    counts.unchanged > 0 ? countWords(counts.unchanged, 'unchanged statement') : null,
  ].filter((part) => part !== null);
  const shortened = counts.reworded > 0 ? 'rewordings are cut down to the words that change' : null;
  if (hidden.length === 0) return shortened ? `Every statement changes; ${shortened}.` : 'Every statement changes: nothing is hidden.';
  return `Hiding ${hidden.join(' and ')}${shortened ? `; ${shortened}` : ''}.`;
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
