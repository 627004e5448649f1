/**
 * The PDF document for any content.
 */
import { Document } from '@react-pdf/renderer';
import type { DocumentContent } from '../../shared/documents/document-content';
import { GrowthPlanDocument } from './growth-plan-document';
import { OneOnOneDocument } from './one-on-one-document';
import { TeamOverviewDocument } from './team-overview-document';
import { WorksheetDocument } from './worksheet-document';

export function documentFor(content: DocumentContent) {
  return (
    <Document title={content.meta.title} author="Waymark" creator="Waymark" producer="Waymark" language="en">
      {content.kind === 'growth-plan' ? <GrowthPlanDocument content={content} /> : null}
      {content.kind === 'one-on-one' ? <OneOnOneDocument content={content} /> : null}
      {content.kind === 'worksheet' ? <WorksheetDocument content={content} /> : null}
      {content.kind === 'team-overview' ? <TeamOverviewDocument content={content} /> : null}
    </Document>
  );
}
