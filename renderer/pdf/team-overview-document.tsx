/**
 * The team overview as a printed document: the table of people, then the heatmap with the team's
 * summary row. Each row is a block as tall as its tallest cell, measured like any text, so a long name
 * wraps rather than being cut. Heatmap cells print their figure as well as their shade, so they read
 * in black and white.
 */
import { Text, View } from '@react-pdf/renderer';
import type { TeamOverviewContent } from '../../shared/documents/document-content';
import { areaPercentText, type AreaPercent } from '../../shared/gap/percent';
import { accent, rule, warning } from './document-styles';
import { look, type FlowBuilder } from './flow-builder';

const fontSize = 7;
const lineHeight = 9;
const padding = 4;
const tableWeights = [2.2, 1.1, 2.6, 0.9, 0.9, 0.9, 1, 1.4, 1.4, 1.4, 0.9, 0.9];

/** Lighter for less met: 0 % is white, 100 % the accent at a little under half its strength. */
function shade(percent: AreaPercent): string {
  if (typeof percent !== 'number') return '#ffffff';
  const mix = (channel: number) => Math.round(255 - ((255 - channel) * 0.45 * percent) / 100);
  const [r, g, b] = [0x0b, 0x6b, 0x62].map(mix);
  return `rgb(${r}, ${g}, ${b})`;
}

interface Cell {
  text: string;
  background?: string | undefined;
  color?: string | undefined;
}

/**
 * Column widths in points: each column at least as wide as its longest word (bold in the header), so no
 * word runs into the next column; the room left is shared out by weight. A table whose words alone are
 * wider than the page (a framework with very many areas) is narrowed evenly to fit it.
 */
function columnWidths(
  flow: FlowBuilder,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  weights: readonly number[],
): number[] {
  const least = weights.map(
    (_, index) =>
      Math.max(flow.longestWord(header[index] ?? '', fontSize, true), ...rows.map((row) => flow.longestWord(row[index] ?? '', fontSize))) +
      2 * padding +
      2,
  );
  const needed = least.reduce((sum, width) => sum + width, 0);
  if (needed >= flow.width) return least.map((width) => (width * flow.width) / needed);
  const spare = flow.width - needed;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return least.map((width, index) => width + (spare * (weights[index] ?? 0)) / total);
}

/**
 * One table row as a measured block; `header` rows are bold and keep with the next. The row is a line
 * taller than its text needs: react-pdf drops a line that does not fit its box to the point.
 */
function addRow(flow: FlowBuilder, cells: readonly Cell[], widths: readonly number[], header = false): void {
  const lines = Math.max(
    1,
    ...cells.map((cell, index) => flow.lineCount(cell.text, fontSize, (widths[index] ?? 20) - 2 * padding, header)),
  );
  const height = lines * lineHeight + 2 * padding + 2;
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
  const tableWidths = columnWidths(flow, content.columns, content.rows, tableWeights);
  addRow(
    flow,
    content.columns.map((text) => ({ text })),
    tableWidths,
    true,
  );
  content.rows.forEach((row) =>
    addRow(
      flow,
      row.map((text) => ({ text })),
      tableWidths,
    ),
  );

  const { heatmap } = content;
  if (!heatmap) return;
  flow.heading(heatmap.title, look.h2);
  const header = ['Person', 'Level', ...heatmap.areas];
  const rows = heatmap.rows.map((row) => [row.name, row.level, ...row.cells.map(areaPercentText)]);
  const summary = ['People meeting the area', '', ...heatmap.summary.map((area) => `${area.met}${area.thin ? ' · thin' : ''}`)];
  const widths = columnWidths(flow, header, [...rows, summary], [2.2, 0.7, ...heatmap.areas.map(() => 1)]);
  addRow(
    flow,
    header.map((text) => ({ text })),
    widths,
    true,
  );
  heatmap.rows.forEach((row, rowIndex) =>
    addRow(
      flow,
      (rows[rowIndex] ?? []).map((text, index) => ({ text, background: index >= 2 ? shade(row.cells[index - 2] ?? null) : undefined })),
      widths,
    ),
  );
  addRow(
    flow,
    summary.map((text, index) => ({ text, color: index >= 2 && heatmap.summary[index - 2]?.thin ? warning : undefined })),
    widths,
  );
  flow.text(
    '“Thin”: at most one person meets the area (80 % or more of it) at the level measured. Each cell is the share of that area’s statements met.',
    {
      ...look.small,
      marginTop: 6,
    },
  );
}
