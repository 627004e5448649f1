/**
 * The progress charts as the features use them — percent met by area, by level and over time: a
 * labelled figure, the drawing (loaded on demand, or plain bars where a radar would be unreadable) and a table
 * with the same numbers for screen readers (the drawing itself is hidden from them).
 */
import type { ReactNode } from 'react';
import { lazyPart } from '../components/lazy-part';
import { PartBoundary } from '../components/part-boundary';
import { DataTable } from '../components/data-table';
import { AreaBarList } from './area-bar-list';
import { areaPercentText, notRated } from '../../shared/gap/percent';
import { figureOf } from './area-points';
import type { CategoryPoint, LadderBar, SeriesSpec, TrajectoryPoint } from './chart-types';

const RadarDrawing = lazyPart(() => import('./radar-drawing'), 'RadarDrawing');

/** Beyond this many areas a radar is unreadable (and slow to draw): bars of the areas furthest behind instead. */
export const radarAreaLimit = 12;
const LadderDrawing = lazyPart(() => import('./ladder-drawing'), 'LadderDrawing');
const TrajectoryDrawing = lazyPart(() => import('./trajectory-drawing'), 'TrajectoryDrawing');

function Drawing({ children, height }: { children: ReactNode; height: number }) {
  const box = (content: ReactNode) => (
    <div className="chart-drawing" aria-hidden="true" style={{ minHeight: height }}>
      {content}
    </div>
  );
  // The boundary outside the hidden drawing: a message that the chart failed must reach screen readers.
  return (
    <PartBoundary what="The chart" loading={box(<div className="chart-loading">Drawing the chart…</div>)}>
      {box(children)}
    </PartBoundary>
  );
}

/** Which colour is which series, in HTML under the drawing: recharts' own legend shares the drawing's room with the labels. */
function SeriesLegend({ series }: { series: SeriesSpec[] }) {
  if (series.length < 2) return null;
  return (
    <p className="area-bars-legend" aria-hidden="true">
      {series.map((entry, index) => (
        <span key={entry.key} className={`legend-swatch series-bar-${index}`}>
          {entry.label}
        </span>
      ))}
    </p>
  );
}

interface ByAreaProps {
  title: string;
  points: CategoryPoint[];
  series: SeriesSpec[];
  compact?: boolean;
}

/**
 * Percent met by area: a radar for a handful of areas, otherwise bars of the `radarAreaLimit` areas
 * furthest from the last series (the target). The table always lists every area.
 */
export function ByAreaChart({ title, points, series, compact = false }: ByAreaProps) {
  // A series nobody rated anything in (a target level not started, a date before the first rating) is
  // left out of the drawing whole, and said so; the others are drawn.
  const drawn = series.filter((entry) => points.some((point) => typeof point[entry.key] === 'number'));
  const notStarted = series.filter((entry) => !drawn.includes(entry) && points.some((point) => point[entry.key] === notRated));
  // An area nobody rated yet, or with nothing to measure ("—"), in a series drawn is left out of the
  // radar rather than drawn as 0, which would pull the shape in; it is named under the drawing and kept
  // in the table.
  const measured = drawn.length === 0 ? [] : points.filter((point) => drawn.every((entry) => typeof point[entry.key] === 'number'));
  const unrated = points.filter((point) => !measured.includes(point) && drawn.some((entry) => point[entry.key] === notRated));
  const unmeasured = drawn.length === 0 ? [] : points.filter((point) => !measured.includes(point) && !unrated.includes(point));
  const asRadar = measured.length >= 3 && points.length <= radarAreaLimit;
  const last = drawn.at(-1)?.key ?? '';
  // Furthest behind first: the lowest figures, then the areas nobody rated yet, then those with nothing to measure.
  const value = (point: CategoryPoint) => {
    const inLast = figureOf(point, last);
    return typeof inLast === 'number' ? inLast : inLast === notRated ? 1000 : 2000;
  };
  const behind = [...points].sort((a, b) => value(a) - value(b)).slice(0, radarAreaLimit);
  const inSeries = drawn.length > 1 ? ` for ${drawn.map((entry) => entry.label).join(' or ')}` : '';
  const height = compact ? 240 : 300;
  const drawsBars = !asRadar && drawn.length > 0 && points.length > radarAreaLimit;
  const caption = drawsBars ? `${title}: the ${behind.length} areas furthest behind, of ${points.length}` : title;
  const names = (areas: CategoryPoint[]) => areas.map((point) => point.area).join(', ');
  return (
    <figure className="chart" data-chart="radar">
      <figcaption>{caption}</figcaption>
      {notStarted.length > 0 ? (
        <p className="hint">Not drawn, nothing rated yet for {notStarted.map((entry) => entry.label).join(' or ')}.</p>
      ) : null}
      {asRadar ? (
        <>
          <Drawing height={height}>
            <RadarDrawing points={measured} series={drawn} height={height} />
          </Drawing>
          <SeriesLegend series={drawn} />
          {unrated.length > 0 ? (
            <p className="hint">
              Not drawn, not rated yet{inSeries}: {names(unrated)}.
            </p>
          ) : null}
          {unmeasured.length > 0 ? (
            <p className="hint">
              Not drawn, with nothing to measure{inSeries}: {names(unmeasured)}.
            </p>
          ) : null}
        </>
      ) : drawsBars ? (
        <div className="chart-drawing" aria-hidden="true">
          <AreaBarList points={behind} series={drawn} />
          <SeriesLegend series={drawn} />
        </div>
      ) : drawn.length === 0 ? null : unrated.length > 0 && measured.length + unrated.length >= 3 ? (
        <p className="hint">
          Not drawn until at least three areas are rated; not rated yet{inSeries}: {names(unrated)}.
        </p>
      ) : (
        <p className="hint">Too few areas to draw; see the table.</p>
      )}
      <DataTable
        visuallyHidden={asRadar || drawsBars}
        caption={`${title}, percent met by area`}
        columns={[
          { header: 'Area', cell: (point: CategoryPoint) => point.area },
          ...series.map((entry) => ({ header: entry.label, cell: (point: CategoryPoint) => areaPercentText(figureOf(point, entry.key)) })),
        ]}
        rows={points}
        rowKey={(point) => point.area}
        rowHeaders
      />
    </figure>
  );
}

export function ByLevelChart({ title, bars }: { title: string; bars: LadderBar[] }) {
  return (
    <figure className="chart" data-chart="ladder">
      <figcaption>{title}</figcaption>
      <Drawing height={Math.max(160, bars.length * 30 + 40)}>
        <LadderDrawing bars={bars} />
      </Drawing>
      <DataTable
        visuallyHidden
        caption={title}
        columns={[
          { header: 'Level', cell: (bar) => `${bar.level}${bar.isTarget ? ' (target)' : bar.isCurrent ? ' (current)' : ''}` },
          { header: 'Met', cell: (bar) => areaPercentText(bar.notRated ? notRated : bar.percent) },
        ]}
        rows={bars}
        rowKey={(bar) => bar.level}
        rowHeaders
      />
    </figure>
  );
}

export function OverTimeChart({ title, points }: { title: string; points: TrajectoryPoint[] }) {
  return (
    <figure className="chart" data-chart="trajectory" data-points={points.length}>
      <figcaption>{title}</figcaption>
      <Drawing height={240}>
        <TrajectoryDrawing points={points} />
      </Drawing>
      <DataTable
        visuallyHidden
        caption={title}
        columns={[
          { header: 'Snapshot', cell: (point) => point.label },
          { header: 'Met', cell: (point) => areaPercentText(point.percent) },
        ]}
        rows={points}
        rowKey={(point, index) => `${point.date}-${index}`}
        rowHeaders
      />
    </figure>
  );
}
