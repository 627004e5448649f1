/**
 * A page of any Waymark document: a header with the title's owner and the date, and a footer with the
 * framework's source and version and the page number, repeated on every page.
 */
import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { styles } from './document-styles';

/**
 * `page` is given by documents that lay out their own pages (worksheets): their numbers are known up
 * front, which spares react-pdf a second layout pass just to count pages. Others count as they flow.
 */
export function DocumentPage({
  meta,
  page,
  orientation = 'portrait',
  children,
}: {
  meta: DocumentMeta;
  page?: { number: number; of: number };
  orientation?: 'portrait' | 'landscape';
  children: ReactNode;
}) {
  return (
    <Page size={meta.paper} orientation={orientation} style={styles.page} wrap>
      <View style={styles.header} fixed>
        <Text style={styles.brand}>Waymark</Text>
        <Text style={styles.headerDate}>{meta.dateLabel}</Text>
      </View>
      <View style={styles.body}>{children}</View>
      <View style={styles.footer} fixed>
        <Text style={styles.footerSource}>{meta.footer}</Text>
        {page ? (
          <Text style={styles.pageNumber}>{`Page ${page.number} of ${page.of}`}</Text>
        ) : (
          <Text style={styles.pageNumber} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        )}
      </View>
    </Page>
  );
}

/** Ruled space to write on: one box with a rule at the foot of each line (one node, however many lines). */
export function Lines({ count }: { count: number }) {
  return <View style={[styles.writingLines, { height: count * 18 }]} />;
}

export function Bullet({ children }: { children: ReactNode }) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.bullet}>•</Text>
      <View style={styles.grow}>{children}</View>
    </View>
  );
}
