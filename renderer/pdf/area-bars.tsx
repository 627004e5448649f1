/**
 * Percent met by area as vector bars, drawn from the same figures the screen's chart uses. One row per
 * area, so a long list flows over pages like text; every area's name is printed in full.
 */
import { Line, Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { AreaFigure } from '../../shared/documents/document-content';
import { areaPercentText, type AreaPercent } from '../../shared/gap/percent';
import { accent, muted, rule } from './document-styles';
import type { FlowBuilder } from './flow-builder';

const labelWidth = 170;
const barWidth = 260;
const labelLook = { fontSize: 8, lineHeight: 1.3 } as const;
/** Names longer than this many lines go above their bar, at full width. */
const longestLabelLines = 3;

function Bar({ percent }: { percent: AreaPercent }) {
  // An area not rated (or with nothing to measure) has no figure: an outline, not a bar of 0 %.
  if (typeof percent !== 'number') {
    return (
      <Svg width={barWidth} height={10} viewBox={`0 0 ${barWidth} 10`}>
        <Rect x={0.5} y={0.5} width={barWidth - 1} height={9} fill="none" stroke={rule} strokeWidth={0.8} strokeDasharray="3 2" />
      </Svg>
    );
  }
  return (
    <Svg width={barWidth} height={10} viewBox={`0 0 ${barWidth} 10`}>
      <Rect x={0} y={0} width={barWidth} height={10} fill="#eef0f2" />
      <Rect x={0} y={0} width={(barWidth * percent) / 100} height={10} fill={accent} />
      {[25, 50, 75].map((tick) => (
        <Line key={tick} x1={(barWidth * tick) / 100} y1={0} x2={(barWidth * tick) / 100} y2={10} stroke={rule} strokeWidth={0.5} />
      ))}
    </Svg>
  );
}

export function addAreaBars(flow: FlowBuilder, areas: readonly AreaFigure[]): void {
  areas.forEach((area) => {
    const labelLines = flow.lineCount(area.name, labelLook.fontSize, labelWidth - 6);
    const inline = labelLines <= longestLabelLines;
    if (!inline) flow.text(area.name, { ...labelLook, color: muted, marginBottom: 1, keepWithNext: true });
    const height = Math.max(14, (inline ? labelLines : 1) * labelLook.fontSize * labelLook.lineHeight + 3);
    flow.block(height, (key) => (
      <View key={key} style={{ flexDirection: 'row', alignItems: 'flex-start', minHeight: height }}>
        <Text style={{ ...labelLook, width: labelWidth, paddingRight: 6, color: muted }}>{inline ? area.name : ''}</Text>
        <View style={{ paddingTop: 1 }}>
          <Bar percent={area.percent} />
        </View>
        <Text style={{ ...labelLook, width: 48, paddingLeft: 6, color: muted }}>{areaPercentText(area.percent)}</Text>
      </View>
    ));
  });
  flow.text('Bars: share of each area’s applicable statements met (partly met counts half).', {
    fontSize: 7.5,
    color: muted,
    marginTop: 2,
  });
}
