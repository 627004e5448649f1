/**
 * Areas as horizontal bars, drawn with plain HTML: the form for frameworks with too many areas for a
 * radar. Cheap enough to redraw on every rating (a recharts bar chart of the same took most of a
 * rating's time on a 150-area framework).
 */
import { areaPercentText } from '../../shared/gap/percent';
import { figureOf } from './area-points';
import type { CategoryPoint, SeriesSpec } from './chart-types';

export function AreaBarList({ points, series }: { points: CategoryPoint[]; series: SeriesSpec[] }) {
  return (
    <ul className="area-bars">
      {points.map((point) => (
        <li key={point.area}>
          <span className="area-bars-label">{point.area}</span>
          <span className="area-bars-track">
            {series.map((entry, index) => {
              const value = figureOf(point, entry.key);
              // An area not rated (or with nothing to measure) has no figure: an outline, not a bar of 0 %.
              const measured = typeof value === 'number';
              return (
                <span
                  key={entry.key}
                  className={`area-bars-bar series-bar-${index}${measured ? '' : ' area-bars-unmeasured'}`}
                  style={measured ? { width: `${value}%` } : undefined}
                >
                  <span className="area-bars-value">{areaPercentText(value)}</span>
                </span>
              );
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
