/**
 * The ladder: one bar per level, how much of it is met (recharts, loaded on demand). A level nobody
 * rated has no bar and says "not rated" beside its name: it is not 0% met, it is unknown.
 */
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { LadderBar } from './chart-types';

export function LadderDrawing({ bars }: { bars: LadderBar[] }) {
  const data = bars.map((bar) => ({ ...bar, value: bar.notRated ? null : (bar.percent ?? 0) }));
  const notRated = new Set(bars.filter((bar) => bar.notRated).map((bar) => bar.level));
  // The drawing is hidden from assistive technology (the table beside it has the figures): recharts'
  // keyboard layer would put a focusable element inside that hidden box.
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 30 + 40)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
        <YAxis
          type="category"
          dataKey="level"
          width={notRated.size > 0 ? 124 : 48}
          tick={{ fontSize: 12 }}
          tickFormatter={(level: string) => (notRated.has(level) ? `${level} · not rated` : level)}
          reversed
        />
        <Bar dataKey="value" isAnimationActive={false}>
          {data.map((bar) => (
            <Cell key={bar.level} className={bar.isTarget ? 'bar bar-target' : bar.isCurrent ? 'bar bar-current' : 'bar'} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
