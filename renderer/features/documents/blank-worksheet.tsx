/**
 * A blank worksheet of any track's level (or a role card), for a coach's paper session.
 */
import { useState } from 'react';
import type { WorksheetLayout } from '../../../shared/documents/document-content';
import { documentFileName } from '../../../shared/documents/document-meta';
import { worksheetContent, type WorksheetSource } from '../../../shared/documents/worksheet';
import { formatDate, localDate } from '../../../shared/dates/local-date';
import { ExportStatus } from './export-status';
import { PaperChoice, usePaperSize, WorksheetLayoutChoice } from './paper-choice';
import { useDocumentExport } from './use-document-export';

export function BlankWorksheet({ source, label }: { source: WorksheetSource; label: string }) {
  const [paper, setPaper] = usePaperSize();
  const [layout, setLayout] = useState<WorksheetLayout>('roomy');
  const { state, run, cancel } = useDocumentExport();
  const today = localDate();

  function exportWorksheet() {
    void run('worksheet', documentFileName(`Worksheet ${label}`, undefined, today), async () =>
      worksheetContent(source, { paper, today, dateLabel: formatDate(today), layout }),
    );
  }

  return (
    <div className="blank-worksheet">
      <PaperChoice id="blank-worksheet-paper" value={paper} onChange={setPaper} />
      <WorksheetLayoutChoice id="blank-worksheet-layout" value={layout} onChange={setLayout} />
      <button type="button" className="button-secondary" onClick={exportWorksheet} disabled={state.status === 'working'}>
        Blank worksheet for {label} (PDF)
      </button>
      <ExportStatus state={state} onCancel={cancel} />
    </div>
  );
}
