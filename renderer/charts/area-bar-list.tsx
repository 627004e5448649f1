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
              const percent = typeof value === 'number' ? value : 0;
              return (
                <span key={entry.key} className={`area-bars-bar series-bar-${index}`} style={{ width: `${percent}%` }}>
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
