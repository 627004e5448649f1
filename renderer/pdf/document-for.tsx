/**
 * The PDF document for any content: its flow of atoms, planned into pages (see flow.ts).
 */
import { Document } from '@react-pdf/renderer';
import type { DocumentContent } from '../../shared/documents/document-content';
import { DocumentPage } from './document-page';
import { textBox } from './document-styles';
import { planPages, type FlowAtom } from './flow';
import { FlowBuilder } from './flow-builder';
import { growthPlanFlow } from './growth-plan-document';
import { oneOnOneFlow } from './one-on-one-document';
import { promotionCaseFlow } from './promotion-case-document';
import { teamOverviewFlow } from './team-overview-document';
import type { TextMeasure } from './text-measure';
import { worksheetFlow } from './worksheet-document';

/** The document's pages as planned, each a list of atoms. */
export function documentPages(content: DocumentContent, measure: TextMeasure): FlowAtom[][] {
  const box = textBox(content.meta.paper, content.meta.orientation);
  const flow = new FlowBuilder(measure, box.width);
  switch (content.kind) {
    case 'growth-plan':
      growthPlanFlow(flow, content);
      break;
    case 'one-on-one':
      oneOnOneFlow(flow, content);
      break;
    case 'worksheet':
      worksheetFlow(flow, content);
      break;
    case 'promotion-case':
      promotionCaseFlow(flow, content);
      break;
    case 'team-overview':
      teamOverviewFlow(flow, content);
      break;
  }
  return planPages(flow.atoms, box.height);
}

/** Page numbers as planned (each planned page one sheet), or counted by react-pdf as it lays out. */
export type Numbering = 'planned' | 'counted';

export function documentFor(pages: FlowAtom[][], content: DocumentContent, fontStack: string[], numbering: Numbering) {
  return (
    <Document title={content.meta.title} author="Waymark" creator="Waymark" producer="Waymark" language="en">
      {pages.map((atoms, pageIndex) => (
        <DocumentPage
          key={pageIndex}
          meta={content.meta}
          fontStack={fontStack}
          numbering={numbering === 'counted' ? 'counted' : { number: pageIndex + 1, of: pages.length }}
        >
          {atoms.map((atom, index) => atom.render(index))}
        </DocumentPage>
      ))}
    </Document>
  );
}
