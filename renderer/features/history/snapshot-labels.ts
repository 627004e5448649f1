/**
 * What a snapshot is called on the History tab: its name if it has one, and its day and time — to the
 * second where two snapshots share a minute (one taken just after another), numbered where two share
 * even that, so no two choices or rows read the same.
 */
import { formatDate, formatTime } from '../../../shared/dates/local-date';
import { shorten } from '../../../shared/text/shorten';
import type { Snapshot } from '../../../shared/workspace/schema';

export interface SnapshotNames {
  /** The time it was taken (an automatic one: last updated). */
  time(snapshot: Snapshot): string;
  /** Its name, day and time, told apart from every other of the list. */
  label(snapshot: Snapshot): string;
}

function counted(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return counts;
}

export function snapshotNames(snapshots: readonly Snapshot[]): SnapshotNames {
  const minuteOf = (snapshot: Snapshot) => `${snapshot.date} ${formatTime(snapshot.takenAt)}`;
  const minutes = counted(snapshots.map(minuteOf));
  const time = (snapshot: Snapshot) =>
    (minutes.get(minuteOf(snapshot)) ?? 0) > 1 ? formatTime(snapshot.takenAt, true) : formatTime(snapshot.takenAt);
  const plain = (snapshot: Snapshot) => {
    const when = `${formatDate(snapshot.date)}, ${time(snapshot)}${snapshot.trigger === 'automatic' ? ' (auto)' : ''}`;
    return snapshot.label ? `${shorten(snapshot.label, 40)} · ${when}` : when;
  };
  const labels = snapshots.map(plain);
  const repeated = counted(labels);
  const seen = new Map<string, number>();
  const numbered = new Map(
    snapshots.map((snapshot, index) => {
      const text = labels[index] ?? '';
      if ((repeated.get(text) ?? 0) < 2) return [snapshot.id, text] as const;
      const number = (seen.get(text) ?? 0) + 1;
      seen.set(text, number);
      return [snapshot.id, `${text} (${number})`] as const;
    }),
  );
  return { time, label: (snapshot) => numbered.get(snapshot.id) ?? plain(snapshot) };
}
