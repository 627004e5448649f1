/**
 * Percent met by area as vector bars, drawn from the same figures the screen's chart uses.
 */
import { Rect, Svg, Text as SvgText, Line } from '@react-pdf/renderer';
import type { AreaFigure } from '../../shared/documents/document-content';
import { accent, muted, rule } from './document-styles';
import { documentFontFamily } from './pdf-fonts';

const labelWidth = 170;
const barWidth = 280;
const rowHeight = 16;

export function AreaBars({ areas }: { areas: AreaFigure[] }) {
  const height = areas.length * rowHeight + 18;
  const width = labelWidth + barWidth + 40;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {[0, 25, 50, 75, 100].map((tick) => (
        <Line
          key={tick}
          x1={labelWidth + (barWidth * tick) / 100}
          y1={0}
          x2={labelWidth + (barWidth * tick) / 100}
          y2={height - 14}
          stroke={rule}
          strokeWidth={0.5}
        />
      ))}
      {areas.map((area, index) => {
        const y = index * rowHeight;
        const value = area.percent ?? 0;
        const label = area.name.length > 32 ? `${area.name.slice(0, 30)}…` : area.name;
        return [
          <SvgText key={`label-${index}`} x={0} y={y + 11} style={{ fontSize: 8, fontFamily: documentFontFamily }} fill={muted}>
            {label}
          </SvgText>,
          <Rect key={`track-${index}`} x={labelWidth} y={y + 3} width={barWidth} height={rowHeight - 6} fill="#eef0f2" />,
          <Rect key={`bar-${index}`} x={labelWidth} y={y + 3} width={(barWidth * value) / 100} height={rowHeight - 6} fill={accent} />,
          <SvgText
            key={`value-${index}`}
            x={labelWidth + barWidth + 6}
            y={y + 11}
            style={{ fontSize: 8, fontFamily: documentFontFamily }}
            fill={muted}
          >
            {area.percent === null ? '—' : `${area.percent}%`}
          </SvgText>,
        ];
      })}
      {[0, 50, 100].map((tick) => (
        <SvgText
          key={`tick-${tick}`}
          x={labelWidth + (barWidth * tick) / 100 - 6}
          y={height - 3}
          style={{ fontSize: 7, fontFamily: documentFontFamily }}
          fill={muted}
        >
          {`${tick}%`}
        </SvgText>
      ))}
    </Svg>
  );
}
