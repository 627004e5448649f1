/**
 * The team overview as a printed document: the table of people, then the heatmap with the team's
 * summary row. Each row is a block as tall as its tallest cell, measured like any text, so a long name
 * wraps rather than being cut. Heatmap cells print their figure as well as their shade, so they read
 * in black and white.
 */
import { Text, View } from '@react-pdf/renderer';
import type { TeamOverviewContent } from '../../shared/documents/document-content';
import { percentCell } from '../../shared/documents/team-overview';
import { accent, rule, warning } from './document-styles';
import { look, type FlowBuilder } from './flow-builder';

const fontSize = 7;
const lineHeight = 9;
const padding = 4;
const tableWeights = [2.2, 1.1, 2.6, 0.9, 0.9, 0.9, 1, 1.4, 1.4, 1.4, 0.9, 0.9];

/** Lighter for less met: 0 % is white, 100 % the accent at a little under half its strength. */
function shade(percent: number | null): string {
  if (percent === null) return '#ffffff';
  const mix = (channel: number) => Math.round(255 - ((255 - channel) * 0.45 * percent) / 100);
  const [r, g, b] = [0x0b, 0x6b, 0x62].map(mix);
  return `rgb(${r}, ${g}, ${b})`;
}

interface Cell {
  text: string;
  background?: string | undefined;
  color?: string | undefined;
}

/** One table row as a measured block; `header` rows are bold and keep with the next. */
function addRow(flow: FlowBuilder, cells: readonly Cell[], weights: readonly number[], header = false): void {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight) => (flow.width * weight) / total);
  const lines = Math.max(1, ...cells.map((cell, index) => flow.lineCount(cell.text, fontSize, (widths[index] ?? 20) - 2 * padding)));
  const height = lines * lineHeight + 2 * padding;
  flow.block(
    height,
    (key) => (
      <View key={key} style={{ flexDirection: 'row', height, borderBottomWidth: 0.5, borderBottomColor: rule }}>
        {cells.map((cell, index) => (
          <Text
            key={index}
            style={{
              width: widths[index],
              padding,
              fontSize,
              lineHeight: lineHeight / fontSize,
              backgroundColor: cell.background,
              color: cell.color ?? (header ? accent : undefined),
              fontWeight: header ? 'bold' : undefined,
            }}
          >
            {cell.text}
          </Text>
        ))}
      </View>
    ),
    header,
  );
}

export function teamOverviewFlow(flow: FlowBuilder, content: TeamOverviewContent): void {
  flow.text('Team overview', look.title);
  flow.text(content.group, look.subtitle);
  flow.text(content.ratingsBasis, look.small);

  flow.heading('Everyone', look.h2);
  addRow(
    flow,
    content.columns.map((text) => ({ text })),
    tableWeights,
    true,
  );
  content.rows.forEach((row) =>
    addRow(
      flow,
      row.map((text) => ({ text })),
      tableWeights,
    ),
  );

  const { heatmap } = content;
  if (!heatmap) return;
  flow.heading(heatmap.title, look.h2);
  const weights = [2.2, 0.7, ...heatmap.areas.map(() => 1)];
  addRow(flow, [{ text: 'Person' }, { text: 'Level' }, ...heatmap.areas.map((text) => ({ text }))], weights, true);
  heatmap.rows.forEach((row) =>
    addRow(
      flow,
      [{ text: row.name }, { text: row.level }, ...row.cells.map((cell) => ({ text: percentCell(cell), background: shade(cell) }))],
      weights,
    ),
  );
  addRow(
    flow,
    [
      { text: 'People meeting the area' },
      { text: '' },
      ...heatmap.summary.map((area) => ({ text: `${area.met}${area.thin ? ' · thin' : ''}`, color: area.thin ? warning : undefined })),
    ],
    weights,
  );
  flow.text(
    '“Thin”: at most one person meets the area (80 % or more of it) at the level measured. Each cell is the share of that area’s statements met.',
    {
      ...look.small,
      marginTop: 6,
    },
  );
}
