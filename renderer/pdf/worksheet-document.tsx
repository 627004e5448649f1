/**
 * The coach's worksheet: tick boxes on the rating scale and space to write, for each statement.
 */
import { Text, View } from '@react-pdf/renderer';
import type { WorksheetContent } from '../../shared/documents/document-content';
import { DocumentPage, Lines } from './document-page';
import { styles } from './document-styles';

export function WorksheetDocument({ content }: { content: WorksheetContent }) {
  return (
    <DocumentPage meta={content.meta}>
      <Text style={styles.title}>Worksheet: {content.level}</Text>
      <Text style={styles.subtitle}>{content.framework}</Text>
      <Text style={styles.subtitle}>Name: {content.person || '______________________________'}</Text>
      <Text style={styles.small}>Tick one box for each statement; write what shows it on the lines.</Text>
      {content.areas.map((area) => (
        <View key={area.name}>
          <Text style={styles.h2}>{area.name}</Text>
          {area.items.map((item, index) => (
            <View key={index} style={styles.box} wrap={false}>
              <Text style={styles.text}>
                {item.skillName ? <Text style={styles.bold}>{item.skillName}: </Text> : null}
                {item.text}
              </Text>
              <Text style={styles.text}>
                {content.scale.map((label, scaleIndex) => `${item.ticked === scaleIndex ? '☒' : '☐'} ${label}`).join('    ')}
              </Text>
              {item.note ? <Text style={styles.muted}>{item.note}</Text> : <Lines count={2} />}
            </View>
          ))}
        </View>
      ))}
    </DocumentPage>
  );
}
