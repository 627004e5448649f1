/**
 * Recording evidence: what happened, when, an optional link, and the statements it supports.
 */
import { useState, type FormEvent } from 'react';
import type { MappedItem } from '../../../shared/workspace/mapping-items';
import { localDate } from '../../../shared/dates/local-date';
import { ModalDialog } from '../../components/modal-dialog';
import { FormActions, FormProblem, ItemChecklist, useChosenIds } from '../../components/form-parts';
import { useAppStore } from '../../store/app-store';

interface Props {
  items: MappedItem[];
  preselected: string[];
  onClose: () => void;
}

export function EvidenceDialog({ items, preselected, onClose }: Props) {
  const recordEvidence = useAppStore((state) => state.recordEvidence);
  const [date, setDate] = useState(localDate());
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const [chosen, toggle] = useChosenIds(preselected);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setProblem('Say what happened.');
    if (chosen.size === 0) return setProblem('Pick at least one statement this supports.');
    if (!date) return setProblem('Give the date it happened.');
    setProblem(null);
    const ok = await recordEvidence({ date, text: text.trim(), link: link.trim() || undefined, itemIds: [...chosen] });
    // On failure the dialog stays open with everything entered; the save banner says what went wrong.
    if (ok) onClose();
  }

  return (
    <ModalDialog title="Add evidence" onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor="evidence-date">When</label>
            <input id="evidence-date" type="date" value={date} onChange={(event) => setDate(event.target.value)} />
          </div>
          <div className="field grow">
            <label htmlFor="evidence-link">Link (optional)</label>
            <input
              id="evidence-link"
              value={link}
              onChange={(event) => setLink(event.target.value)}
              placeholder="A document, a ticket, a pull request…"
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor="evidence-text">What happened</label>
          <textarea id="evidence-text" rows={3} value={text} onChange={(event) => setText(event.target.value)} data-autofocus />
        </div>
        <ItemChecklist legend={`Supports (${chosen.size} chosen)`} items={items} chosen={chosen} onToggle={toggle} />
        <FormProblem problem={problem} />
        <FormActions submitLabel="Save evidence" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
