/**
 * Areas as horizontal bars (recharts, loaded on demand): the readable form when there are too many
 * areas for a radar.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { areaBarsHeight, type CategoryPoint, type SeriesSpec } from './chart-types';

export function AreaBarsDrawing({ points, series }: { points: CategoryPoint[]; series: SeriesSpec[] }) {
  return (
    <ResponsiveContainer width="100%" height={areaBarsHeight(points.length, series.length)}>
      <BarChart data={points} layout="vertical" margin={{ left: 8, right: 24 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="area" width={120} tick={{ fontSize: 11 }} />
        {series.map((entry, index) => (
          <Bar key={entry.key} name={entry.label} dataKey={entry.key} className={`series series-${index}`} isAnimationActive={false} />
        ))}
        {series.length > 1 ? <Legend /> : null}
      </BarChart>
    </ResponsiveContainer>
  );
}
