/**
 * The team overview as a printed document, landscape: the table of people, then the heatmap with the
 * team's summary row. Each heatmap cell prints its figure as well as its shade, so it reads in black
 * and white.
 */
import { Text, View } from '@react-pdf/renderer';
import type { TeamOverviewContent } from '../../shared/documents/document-content';
import { percentCell } from '../../shared/documents/team-overview';
import { DocumentPage } from './document-page';
import { accent, rule, styles } from './document-styles';

const cell = { paddingVertical: 2, paddingHorizontal: 3, borderBottomWidth: 0.5, borderBottomColor: rule, fontSize: 7.5 } as const;
const columnWidths = [2.2, 1.1, 2.6, 0.9, 0.9, 0.9, 1, 1.4, 1.4, 1.4, 0.9, 0.9];

/** Lighter for less met: 0 % is white, 100 % the accent at a fifth of its strength. */
function shade(percent: number | null): string {
  if (percent === null) return '#ffffff';
  const mix = (channel: number) => Math.round(255 - ((255 - channel) * 0.45 * percent) / 100);
  const [r, g, b] = [0x0b, 0x6b, 0x62].map(mix);
  return `rgb(${r}, ${g}, ${b})`;
}

export function TeamOverviewDocument({ content }: { content: TeamOverviewContent }) {
  const { heatmap } = content;
  return (
    <DocumentPage meta={content.meta} orientation="landscape">
      <Text style={styles.title}>Team overview</Text>
      <Text style={styles.subtitle}>{content.group}</Text>
      <Text style={styles.small}>{content.ratingsBasis}</Text>

      <View style={{ marginTop: 10 }}>
        <View style={{ flexDirection: 'row' }} fixed>
          {content.columns.map((column, index) => (
            <Text key={column} style={[cell, styles.bold, { flex: columnWidths[index] ?? 1, color: accent }]}>
              {column}
            </Text>
          ))}
        </View>
        {content.rows.map((row, rowIndex) => (
          <View key={rowIndex} style={{ flexDirection: 'row' }} wrap={false}>
            {row.map((value, index) => (
              <Text key={index} style={[cell, { flex: columnWidths[index] ?? 1 }]}>
                {value}
              </Text>
            ))}
          </View>
        ))}
      </View>

      {heatmap ? (
        <View break>
          <Text style={styles.h2}>{heatmap.title}</Text>
          <View style={{ flexDirection: 'row' }} fixed>
            <Text style={[cell, styles.bold, { flex: 2.2 }]}>Person</Text>
            <Text style={[cell, styles.bold, { flex: 0.7 }]}>Level</Text>
            {heatmap.areas.map((area) => (
              <Text key={area} style={[cell, styles.bold, { flex: 1 }]}>
                {area}
              </Text>
            ))}
          </View>
          {heatmap.rows.map((row, rowIndex) => (
            <View key={rowIndex} style={{ flexDirection: 'row' }} wrap={false}>
              <Text style={[cell, { flex: 2.2 }]}>{row.name}</Text>
              <Text style={[cell, { flex: 0.7 }]}>{row.level}</Text>
              {row.cells.map((value, index) => (
                <Text key={index} style={[cell, { flex: 1, backgroundColor: shade(value) }]}>
                  {percentCell(value)}
                </Text>
              ))}
            </View>
          ))}
          <View style={{ flexDirection: 'row' }} wrap={false}>
            <Text style={[cell, styles.bold, { flex: 2.9 }]}>People meeting the area (80 % or more)</Text>
            {heatmap.summary.map((area, index) => (
              <Text key={index} style={[cell, styles.bold, { flex: 1 }, area.thin ? styles.overdue : {}]}>
                {area.met}
                {area.thin ? ' · thin' : ''}
              </Text>
            ))}
          </View>
          <Text style={[styles.small, { marginTop: 6 }]}>
            “Thin”: at most one person meets the area at the level measured. Each cell is the share of that area’s statements met.
          </Text>
        </View>
      ) : null}
    </DocumentPage>
  );
}
