/**
 * The radar drawing itself (recharts). Loaded on demand: recharts stays out of the first chunk.
 */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import type { BaseTickContentProps } from 'recharts/types/util/types';
import type { CategoryPoint, SeriesSpec } from './chart-types';
import { wrapLabel } from './wrap-label';

/**
 * An area's name in up to three short lines, so it is never cut off at the edge. The lines grow away
 * from the drawing: upwards above it, downwards below it, centred on the spoke at the sides, so a name
 * never lies on the grid or its figures.
 */
function AreaTick({ x, y, textAnchor, verticalAnchor, payload }: BaseTickContentProps) {
  const lines = wrapLabel(String(payload.value));
  const first =
    verticalAnchor === 'end'
      ? `${-(lines.length - 1) * 1.1}em`
      : verticalAnchor === 'start'
        ? '0.8em'
        : `${0.35 - (lines.length - 1) * 0.55}em`;
  return (
    <text x={x} y={y} textAnchor={textAnchor} fontSize={11} className="radar-tick">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? first : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function RadarDrawing({ points, series, height }: { points: CategoryPoint[]; series: SeriesSpec[]; height: number }) {
  // The drawing is hidden from assistive technology (the table beside it has the figures): recharts'
  // keyboard layer would put a focusable element inside that hidden box.
  // The percent ticks run between the first two spokes, not along one, where they would sit on its name.
  const tickAngle = 90 - 180 / Math.max(points.length, 1);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RadarChart data={points} outerRadius="70%" margin={{ top: 8, right: 40, bottom: 8, left: 40 }} accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="area" tick={AreaTick} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={tickAngle} tick={{ fontSize: 10 }} />
        {series.map((entry, index) => (
          <Radar
            key={entry.key}
            name={entry.label}
            dataKey={entry.key}
            className={`series series-${index}`}
            fillOpacity={0.25}
            isAnimationActive={false}
          />
        ))}
      </RadarChart>
    </ResponsiveContainer>
  );
}
