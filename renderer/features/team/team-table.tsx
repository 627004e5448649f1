/**
 * One row per person, sortable by any column; a name opens the person. Empty values sort last
 * whichever way the column is sorted.
 */
import { useMemo, useState } from 'react';
import { formatDate, localDate } from '../../../shared/dates/local-date';
import { mappedToInFull } from '../../../shared/documents/team-overview';
import { areaPercentText } from '../../../shared/gap/percent';
import type { TeamRow } from '../../../shared/team/team-overview';
import { compareNumbered, compareText } from '../../../shared/text/compare-text';
import { relationshipLabel } from '../../../shared/workspace/labels';
import { routeToHash } from '../../store/routes';

type Column = {
  key: keyof TeamRow;
  label: string;
  numeric?: boolean;
  show?: (row: TeamRow) => string;
};

const day = (iso: string | null) => (iso ? formatDate(iso.length > 10 ? localDate(new Date(iso)) : iso) : '—');

const columns: Column[] = [
  { key: 'name', label: 'Name' },
  { key: 'relationship', label: 'Relationship', show: (row) => relationshipLabel(row.relationship) },
  { key: 'mappedTo', label: 'Mapped to' },
  { key: 'currentLevel', label: 'Current' },
  { key: 'targetLevel', label: 'Target' },
  { key: 'percentMet', label: '% of target met', numeric: true, show: (row) => areaPercentText(row.percentMet) },
  { key: 'suggestedLevel', label: 'Suggested' },
  { key: 'ratingsChangedAt', label: 'Ratings changed', show: (row) => day(row.ratingsChangedAt) },
  { key: 'lastMeeting', label: 'Last 1:1', show: (row) => day(row.lastMeeting) },
  { key: 'nextMeeting', label: 'Next 1:1', show: (row) => day(row.nextMeeting) },
  { key: 'openActions', label: 'Open actions', numeric: true },
  { key: 'overdueActions', label: 'Overdue', numeric: true },
];

function compare(a: TeamRow[keyof TeamRow], b: TeamRow[keyof TeamRow]): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareNumbered(String(a), String(b));
}

/** `limit`: how many rows to draw (the first after sorting); all when undefined. */
export function TeamTable({ rows, limit }: { rows: readonly TeamRow[]; limit?: number | undefined }) {
  const [sort, setSort] = useState<{ key: keyof TeamRow; descending: boolean }>({ key: 'name', descending: false });
  // The framework is named under the track only when people are mapped against more than one.
  const frameworks = useMemo(() => new Set(rows.flatMap((row) => (row.framework ? [row.framework] : []))).size, [rows]);
  const sorted = useMemo(() => {
    const present = rows.filter((row) => row[sort.key] !== null);
    const missing = rows.filter((row) => row[sort.key] === null);
    present.sort((a, b) => compare(a[sort.key], b[sort.key]) * (sort.descending ? -1 : 1) || compareText(a.name, b.name));
    return [...present, ...missing].slice(0, limit);
  }, [rows, sort, limit]);

  return (
    <div className="team-table-wrap">
      <table className="team-table">
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort.key === column.key;
              return (
                <th key={column.key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setSort({ key: column.key, descending: active ? !sort.descending : Boolean(column.numeric) })}
                  >
                    {column.label}
                    {active ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.personId} data-person-id={row.personId}>
              <th scope="row">
                <a href={routeToHash({ view: 'person', personId: row.personId, tab: 'rate' })}>{row.name}</a>
              </th>
              {columns.slice(1).map((column) =>
                column.key === 'mappedTo' ? (
                  <td key={column.key} data-column={column.key} title={mappedToInFull(row)}>
                    {row.mappedTo}
                    {frameworks > 1 && row.framework ? <span className="team-framework">{row.framework}</span> : null}
                  </td>
                ) : (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined} data-column={column.key}>
                    {column.show ? column.show(row) : String(row[column.key] ?? '—')}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
