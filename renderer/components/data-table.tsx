/**
 * A table of figures or facts, the one way Waymark writes one: column headings, and optionally a
 * caption and a heading cell per row, so a screen reader names the row and column of every cell. The
 * charts use it for the table behind each drawing (hidden from sight, not from screen readers).
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface DataColumn<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
}

interface Props<Row> {
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  caption?: ReactNode;
  /** The first column names its row (a row heading), as in a chart's table of areas or levels. */
  rowHeaders?: boolean;
  className?: string;
  /**
   * Hidden from sight, not from screen readers (a chart's table). The table sits in a clipped box: a
   * table itself grows to its content whatever width it is given, and would widen the page.
   */
  visuallyHidden?: boolean;
}

export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
  rowHeaders = false,
  className = 'plain-table',
  visuallyHidden = false,
}: Props<Row>) {
  const table = (
    <table className={className}>
      {caption === undefined ? null : <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row, rowIndex)}>
            {columns.map((column, index) =>
              rowHeaders && index === 0 ? (
                <th key={index} scope="row">
                  {column.cell(row)}
                </th>
              ) : (
                <td key={index}>{column.cell(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return visuallyHidden ? <div className="visually-hidden">{table}</div> : <SidewaysScroll>{table}</SidewaysScroll>;
}

/**
 * A box that scrolls a table sideways when the window is too narrow for it (200 % zoom), so the page
 * itself never does. Only while it does scroll, it is a tab stop, so the arrow keys can scroll it.
 */
function SidewaysScroll({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const check = () => {
      const scrolls = box.scrollWidth > box.clientWidth;
      if (scrolls) box.setAttribute('tabindex', '0');
      else box.removeAttribute('tabindex');
    };
    const sizes = new ResizeObserver(check);
    sizes.observe(box);
    if (box.firstElementChild) sizes.observe(box.firstElementChild);
    return () => sizes.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-scroll">
      {children}
    </div>
  );
}
