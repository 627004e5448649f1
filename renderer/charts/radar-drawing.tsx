/**
 * The radar drawing itself (recharts). Loaded on demand: recharts stays out of the first chunk.
 */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Legend } from 'recharts';
import type { CategoryPoint, SeriesSpec } from './chart-types';

/** Long area names would be cut off at the chart's edge; the table beside it has them in full. */
function shortLabel(label: string): string {
  return label.length > 22 ? `${label.slice(0, 20).trimEnd()}…` : label;
}

export function RadarDrawing({ points, series, height }: { points: CategoryPoint[]; series: SeriesSpec[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RadarChart data={points} outerRadius="62%">
        <PolarGrid />
        <PolarAngleAxis dataKey="area" tick={{ fontSize: 11 }} tickFormatter={shortLabel} />
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
        {series.length > 1 ? <Legend /> : null}
      </RadarChart>
    </ResponsiveContainer>
  );
}
