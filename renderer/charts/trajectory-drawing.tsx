/**
 * History: "% of the target met" over snapshots (recharts, loaded on demand).
 */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrajectoryPoint } from './chart-types';

export function TrajectoryDrawing({ points }: { points: TrajectoryPoint[] }) {
  // The drawing is hidden from assistive technology (the table beside it has the figures): recharts'
  // keyboard layer would put a focusable element inside that hidden box.
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={points} margin={{ left: 0, right: 24, top: 12 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={24} />
        <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} width={48} />
        <Tooltip formatter={(value) => `${String(value)}%`} />
        <Line
          type="monotone"
          dataKey="percent"
          className="series series-1"
          dot={points.length <= 60}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
