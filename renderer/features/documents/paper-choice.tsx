/**
 * A4 or Letter, starting from what the system's locale prints on.
 */
import { useState } from 'react';
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
