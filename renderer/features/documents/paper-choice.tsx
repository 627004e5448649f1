/**
 * How a document is printed: A4 or Letter (starting from what the system's locale prints on), and a
 * worksheet's layout.
 */
import { useState } from 'react';
import type { WorksheetLayout } from '../../../shared/documents/document-content';
import { defaultPaperSize, type PaperSize } from '../../../shared/documents/document-meta';

export function usePaperSize() {
  return useState<PaperSize>(() => defaultPaperSize(navigator.language));
}

export function PaperChoice({ id, value, onChange }: { id: string; value: PaperSize; onChange: (paper: PaperSize) => void }) {
  return (
    <label htmlFor={id} className="inline-field">
      Paper
      <select id={id} value={value} onChange={(event) => onChange(event.target.value === 'LETTER' ? 'LETTER' : 'A4')}>
        <option value="A4">A4</option>
        <option value="LETTER">Letter</option>
      </select>
    </label>
  );
}

export function WorksheetLayoutChoice({
  id,
  value,
  onChange,
}: {
  id: string;
  value: WorksheetLayout;
  onChange: (layout: WorksheetLayout) => void;
}) {
  return (
    <label htmlFor={id} className="inline-field">
      Layout
      <select id={id} value={value} onChange={(event) => onChange(event.target.value === 'compact' ? 'compact' : 'roomy')}>
        <option value="roomy">Roomy (three ruled lines a statement)</option>
        <option value="compact">Compact (boxes in columns, one line)</option>
      </select>
    </label>
  );
}
