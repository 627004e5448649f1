/**
 * The radar drawing itself (recharts). Loaded on demand: recharts stays out of the first chunk.
 */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import type { BaseTickContentProps } from 'recharts/types/util/types';
import type { CategoryPoint, SeriesSpec } from './chart-types';
import { wrapLabel } from './wrap-label';

/** An area's name in up to three short lines, centred on its spoke, so it is never cut off at the edge. */
function AreaTick({ x, y, textAnchor, payload }: BaseTickContentProps) {
  const lines = wrapLabel(String(payload.value));
  return (
    <text x={x} y={y} textAnchor={textAnchor} fontSize={11} className="radar-tick">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? `${0.35 - (lines.length - 1) * 0.55}em` : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function RadarDrawing({ points, series, height }: { points: CategoryPoint[]; series: SeriesSpec[]; height: number }) {
  // The drawing is hidden from assistive technology (the table beside it has the figures): recharts'
  // keyboard layer would put a focusable element inside that hidden box.
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RadarChart data={points} outerRadius="60%" margin={{ top: 24, right: 40, bottom: 24, left: 40 }} accessibilityLayer={false}>
        <PolarGrid />
        <PolarAngleAxis dataKey="area" tick={AreaTick} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 10 }} />
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
