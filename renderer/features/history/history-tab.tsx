/**
 * History from stored snapshots: the trajectory towards the target, two dates compared by area, and
 * the snapshots themselves. Nothing here is reconstructed from today's ratings.
 */
import { ratedCountText } from '../../../shared/gap/rated-count';
import { useEffect, useMemo, useState } from 'react';
import { percent, percentText } from '../../../shared/gap/percent';
import { targetGap, targetLevelId } from '../../../shared/gap/target-gap';
import type { MappedTo } from '../../../shared/workspace/mapping';
import type { Person, Snapshot, SnapshotRatings } from '../../../shared/workspace/schema';
import { frozenRatingLookup } from '../../../shared/workspace/snapshot';
import { ratingLabel } from '../../../shared/workspace/labels';
import { itemText, mappingItems } from '../../../shared/workspace/mapping-items';
import { ratingChanges, type RatingChange } from '../../../shared/workspace/rating-changes';
import { areaPoints } from '../../charts/area-points';
import { DataTable } from '../../components/data-table';
import { ConfirmActions, LabelledSelect } from '../../components/form-parts';
import { LengthCounter, lengthFieldProps } from '../../components/length-counter';
import { ModalDialog } from '../../components/modal-dialog';
import { lengthProblem } from '../../../shared/text/text-limits';
import { ByAreaChart, OverTimeChart } from '../../charts/progress-charts';
import { useAppStore } from '../../store/app-store';
import { formatDate } from '../../../shared/dates/local-date';
import { snapshotNames, type SnapshotNames } from './snapshot-labels';

type FrozenRatings = SnapshotRatings['ratings'];

/** The frozen ratings of two snapshots, read from the workspace when the pair changes. */
function useComparedRatings(beforeId: string | undefined, afterId: string | undefined) {
  const loadSnapshotRatings = useAppStore((state) => state.loadSnapshotRatings);
  const [loaded, setLoaded] = useState<{ key: string; before: FrozenRatings; after: FrozenRatings } | null>(null);
  const key = `${beforeId ?? ''}|${afterId ?? ''}`;
  useEffect(() => {
    if (!beforeId || !afterId) return;
    let current = true;
    void Promise.all([loadSnapshotRatings(beforeId), loadSnapshotRatings(afterId)]).then(([before, after]) => {
      if (current) setLoaded({ key, before, after });
    });
    return () => {
      current = false;
    };
  }, [beforeId, afterId, key, loadSnapshotRatings]);
  return loaded?.key === key ? loaded : null;
}

export function HistoryTab({ person, mapping }: { person: Person; mapping: MappedTo }) {
  const snapshots = useAppStore((state) => state.snapshots);
  const takeSnapshot = useAppStore((state) => state.takeSnapshot);
  const [first, setFirst] = useState<string | undefined>();
  const [second, setSecond] = useState<string | undefined>();
  const relevant = useMemo(
    () => snapshots.filter((snapshot) => snapshot.frameworkId === mapping.framework.id),
    [snapshots, mapping.framework.id],
  );
  const names = useMemo(() => snapshotNames(relevant), [relevant]);
  const snapshotLabel = names.label;
  const before = relevant.find((snapshot) => snapshot.id === first) ?? relevant.at(-2);
  const after = relevant.find((snapshot) => snapshot.id === second) ?? relevant.at(-1);
  const choices = relevant.map((snapshot) => ({ value: snapshot.id, label: snapshotLabel(snapshot) }));
  const compareLevel = targetLevelId(mapping);

  const trajectory = useMemo(
    () => relevant.map((snapshot) => ({ date: snapshot.date, label: snapshotLabel(snapshot), percent: percent(snapshot.summary.share) })),
    [relevant, snapshotLabel],
  );
  const frozen = useComparedRatings(before?.id, after?.id);
  const comparison = useMemo(() => {
    if (!frozen || before === after) return undefined;
    const was = frozenRatingLookup(frozen.before);
    const now = frozenRatingLookup(frozen.after);
    // Both dates measured against today's target, so they compare like for like.
    const points = areaPoints([
      { key: 'before', summary: targetGap(mapping, person, was) },
      { key: 'after', summary: targetGap(mapping, person, now) },
    ]);
    return { points, changes: ratingChanges(mappingItems(mapping), was, now) };
  }, [frozen, before, after, mapping, person]);

  return (
    <div className="history">
      <div className="toolbar">
        <button type="button" onClick={() => void takeSnapshot()}>
          Take snapshot
        </button>
        <span className="hint">Waymark also keeps one automatic snapshot a day, updated as ratings change that day.</span>
      </div>
      {relevant.length === 0 ? (
        <p className="notice">No snapshots yet. Take one to start the history; rating anything also starts today’s automatic snapshot.</p>
      ) : (
        <>
          <OverTimeChart title={`Share of the target met, by snapshot (${relevant.length})`} points={trajectory} />
          {relevant.length >= 2 && before && after ? (
            <section aria-labelledby="compare-title">
              <h2 id="compare-title">Compare two dates</h2>
              <div className="level-picker">
                <LabelledSelect label="From" options={choices} value={before.id} onChange={setFirst} />
                <LabelledSelect label="To" options={choices} value={after.id} onChange={setSecond} />
              </div>
              {comparison ? (
                <>
                  <ByAreaChart
                    title={`Met by area${compareLevel ? ` at ${compareLevel}` : ''}: ${snapshotLabel(before)} and ${snapshotLabel(after)}`}
                    points={comparison.points}
                    series={[
                      { key: 'before', label: snapshotLabel(before) },
                      { key: 'after', label: snapshotLabel(after) },
                    ]}
                  />
                  <ChangedStatements changes={comparison.changes} showLevel={mapping.kind === 'career-map'} />
                </>
              ) : (
                <p className="hint">{before === after ? 'Choose two different snapshots.' : 'Loading the two snapshots…'}</p>
              )}
            </section>
          ) : null}
          <SnapshotTable snapshots={relevant} names={names} currentVersion={mapping.framework.version} />
        </>
      )}
    </div>
  );
}

/** The statements first listed; a year of changes waits behind "Show all". */
const changesShownAtFirst = 50;

/** Each statement whose rating changed between the two dates, before → after. */
function ChangedStatements({ changes, showLevel }: { changes: RatingChange[]; showLevel: boolean }) {
  const [showAll, setShowAll] = useState(false);
  if (changes.length === 0) return <p className="hint">No rating changed between these two snapshots.</p>;
  const shown = showAll ? changes : changes.slice(0, changesShownAtFirst);
  return (
    <section aria-labelledby="changed-title" className="rating-changes">
      <h3 id="changed-title">
        Ratings that changed <span className="count">{changes.length}</span>
      </h3>
      <ul>
        {shown.map(({ item, before, after }) => (
          <li key={item.id}>
            {showLevel && item.levelId ? <span className="badge">{item.levelId}</span> : null} {itemText(item)}:{' '}
            <span className="rating-change">
              {ratingLabel(before)} → <strong>{ratingLabel(after)}</strong>
            </span>
          </li>
        ))}
      </ul>
      {shown.length < changes.length ? (
        <button type="button" className="button-secondary" onClick={() => setShowAll(true)}>
          Show all {changes.length}
        </button>
      ) : null}
    </section>
  );
}

/** The newest snapshots are listed at once; years of weekly ones wait behind "Show all". */
const snapshotsShownAtFirst = 20;

function SnapshotTable({ snapshots, names, currentVersion }: { snapshots: Snapshot[]; names: SnapshotNames; currentVersion: string }) {
  const deleteSnapshot = useAppStore((state) => state.deleteSnapshot);
  const [showAll, setShowAll] = useState(false);
  const [deleting, setDeleting] = useState<Snapshot | null>(null);
  const [message, setMessage] = useState('');
  const snapshotLabel = names.label;
  const newestFirst = [...snapshots].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, snapshotsShownAtFirst);

  async function remove(snapshot: Snapshot) {
    if (!(await deleteSnapshot(snapshot.id))) return;
    setDeleting(null);
    setMessage(`The snapshot of ${snapshotLabel(snapshot)} was deleted.`);
  }
  return (
    <section aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">Snapshots</h2>
      <p role="status" className="hint">
        {message}
      </p>
      <DataTable
        columns={[
          { header: 'Date', cell: (snapshot) => formatDate(snapshot.date) },
          { header: 'Time', cell: (snapshot) => names.time(snapshot) },
          {
            header: 'Name',
            cell: (snapshot) => <SnapshotName snapshot={snapshot} when={`${formatDate(snapshot.date)}, ${names.time(snapshot)}`} />,
          },
          { header: 'Taken', cell: (snapshot) => (snapshot.trigger === 'automatic' ? 'Automatically' : 'By hand') },
          {
            header: 'Target',
            cell: (snapshot) =>
              `${snapshot.summary.targetLevelId ?? '—'}${snapshot.frameworkVersion !== currentVersion ? ` (framework v${snapshot.frameworkVersion})` : ''}`,
          },
          { header: 'Met', cell: (snapshot) => percentText(snapshot.summary.share) },
          { header: 'Rated', cell: (snapshot) => ratedCountText(snapshot.summary) },
          {
            header: 'Delete',
            cell: (snapshot) => (
              <button
                type="button"
                className="link-button"
                aria-label={`Delete the snapshot of ${snapshotLabel(snapshot)}…`}
                onClick={() => setDeleting(snapshot)}
              >
                Delete…
              </button>
            ),
          },
        ]}
        rows={shown}
        rowKey={(snapshot) => snapshot.id}
      />
      {shown.length < newestFirst.length ? (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          Show all {newestFirst.length} snapshots
        </button>
      ) : null}
      {deleting ? (
        <ModalDialog title={`Delete the snapshot of ${snapshotLabel(deleting)}?`} onClose={() => setDeleting(null)}>
          <p>
            It leaves the trajectory and the comparisons, with the ratings it froze. Your ratings today are not touched. It cannot be
            undone.
          </p>
          <ConfirmActions label="Delete snapshot" danger onConfirm={() => void remove(deleting)} onCancel={() => setDeleting(null)} />
        </ModalDialog>
      ) : null}
    </section>
  );
}

/** A snapshot's name, edited in place and saved when the field is left. */
function SnapshotName({ snapshot, when }: { snapshot: Snapshot; when: string }) {
  const labelSnapshot = useAppStore((state) => state.labelSnapshot);
  const [label, setLabel] = useState(snapshot.label ?? '');
  const fieldId = `snapshot-name-${snapshot.id}`;
  return (
    <>
      <input
        id={fieldId}
        className="snapshot-name"
        value={label}
        placeholder="Optional"
        aria-label={`Name of the snapshot of ${when}`}
        onChange={(event) => setLabel(event.target.value)}
        onBlur={() => {
          if (label !== (snapshot.label ?? '') && !lengthProblem(label, 'title')) void labelSnapshot(snapshot.id, label);
        }}
        {...lengthFieldProps(fieldId, label, 'title')}
      />
      <LengthCounter fieldId={fieldId} value={label} kind="title" />
    </>
  );
}
