/**
 * A page of any Waymark document: a header with the date (and, where private notes are in, a
 * confidential mark), and a footer with the framework's source and version and the page number,
 * repeated on every page.
 */
import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { styles } from './document-styles';

export const confidentialMark = 'Confidential — includes private notes';

/**
 * One planned page (see flow.ts). It may still wrap onto another sheet if it is fuller than planned:
 * then the document is made again with the numbers counted by react-pdf (see make-document.ts).
 */
export function DocumentPage({
  meta,
  fontStack,
  numbering,
  children,
}: {
  meta: DocumentMeta;
  fontStack: string[];
  /** The planned number, or 'counted' to have react-pdf count (slower: it lays every page out twice more). */
  numbering: { number: number; of: number } | 'counted';
  children: ReactNode;
}) {
  return (
    <Page size={meta.paper} orientation={meta.orientation ?? 'portrait'} style={[styles.page, { fontFamily: fontStack }]} wrap>
      <View style={styles.header} fixed>
        <Text style={styles.brand}>Waymark</Text>
        {meta.confidential ? <Text style={styles.confidential}>{confidentialMark}</Text> : null}
        <Text style={styles.headerDate}>{meta.dateLabel}</Text>
      </View>
      <View style={styles.body}>{children}</View>
      <View style={styles.footer} fixed>
        <Text style={styles.footerSource}>{meta.footer}</Text>
        {numbering === 'counted' ? (
          <Text style={styles.pageNumber} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        ) : (
          <Text style={styles.pageNumber}>{`Page ${numbering.number} of ${numbering.of}`}</Text>
        )}
      </View>
    </Page>
  );
}

/** Ruled space to write on by hand: a rule at the foot of each line, `spacing` points apart. */
export function ruledLines(key: number, count: number, spacing: number) {
  const rules = Array.from({ length: count }, (_, index) => (
    <View key={index} style={{ height: spacing, borderBottomWidth: 0.6, borderBottomColor: '#9aa0a6' }} />
  ));
  return <View key={key}>{rules}</View>;
}
