/**
 * The coach's worksheet: tick boxes on the rating scale and space to write, for each statement.
 * Laid out in pages here (see paginate.ts), so even a 1,000-statement level prints in seconds.
 */
import { Text, View } from '@react-pdf/renderer';
import type { WorksheetContent, WorksheetItem } from '../../shared/documents/document-content';
import { DocumentPage, Lines } from './document-page';
import { styles } from './document-styles';
import { estimatedLines, pageCapacity, paginate } from './paginate';

type Block = { kind: 'intro' } | { kind: 'area'; name: string } | { kind: 'item'; item: WorksheetItem };

const lineHeight = 14;

function heightOf(block: Block): number {
  switch (block.kind) {
    case 'intro':
      return 110;
    case 'area':
      return 36;
    case 'item': {
      const { item } = block;
      const text = estimatedLines(`${item.skillName ?? ''}${item.text}`) * lineHeight;
      const scale = 2 * lineHeight;
      // Two ruled lines: 18 pt to the first rule, 18 pt between rules (see Lines), and their box's borders.
      const writing = item.note ? estimatedLines(item.note) * lineHeight : 3 * 18 + 2;
      return text + scale + writing + 26;
    }
  }
}

function WorksheetBlock({ block, content }: { block: Block; content: WorksheetContent }) {
  switch (block.kind) {
    case 'intro':
      return (
        <View>
          <Text style={styles.title}>Worksheet: {content.level}</Text>
          <Text style={styles.subtitle}>{content.framework}</Text>
          <Text style={styles.subtitle}>Name: {content.person || '______________________________'}</Text>
          <Text style={styles.small}>
            {content.ratingsBasis ? `Filled in from ${content.ratingsBasis.replace(/^Measured on /, '')}. ` : ''}Tick one box for each
            statement; write what shows it on the lines.
          </Text>
        </View>
      );
    case 'area':
      return <Text style={styles.h2}>{block.name}</Text>;
    case 'item': {
      const { item } = block;
      return (
        <View style={styles.box} wrap={false}>
          <Text style={styles.text}>
            {item.skillName ? <Text style={styles.bold}>{item.skillName}: </Text> : null}
            {item.text}
          </Text>
          <Text style={styles.text}>
            {content.scale.map((label, index) => `${item.ticked === index ? '☒' : '☐'} ${label}`).join('    ')}
          </Text>
          {item.note ? <Text style={styles.muted}>{item.note}</Text> : <Lines count={2} />}
        </View>
      );
    }
  }
}

/** The worksheet's blocks, already split into pages. */
export function worksheetPages(content: WorksheetContent): Block[][] {
  const blocks: Block[] = [
    { kind: 'intro' },
    ...content.areas.flatMap((area): Block[] => [
      { kind: 'area', name: area.name },
      ...area.items.map((item): Block => ({ kind: 'item', item })),
    ]),
  ];
  return paginate(blocks, heightOf, pageCapacity[content.meta.paper], (block) => block.kind === 'area');
}

export function WorksheetDocument({ content }: { content: WorksheetContent }) {
  const pages = worksheetPages(content);
  return (
    <>
      {pages.map((page, pageIndex) => (
        <DocumentPage key={pageIndex} meta={content.meta} page={{ number: pageIndex + 1, of: pages.length }}>
          {page.map((block, index) => (
            <WorksheetBlock key={index} block={block} content={content} />
          ))}
        </DocumentPage>
      ))}
    </>
  );
}
