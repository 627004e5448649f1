/**
 * Recording evidence: what happened, when, an optional link, and the statements it supports.
 */
import { useState, type FormEvent } from 'react';
import { localDate } from '../../app/local-date';
import { ModalDialog } from '../../components/modal-dialog';
import { useAppStore } from '../../store/app-store';
import type { RateItem } from '../mapping/rating-row';

interface Props {
  items: RateItem[];
  preselected: string[];
  onClose: () => void;
}

export function EvidenceDialog({ items, preselected, onClose }: Props) {
  const recordEvidence = useAppStore((state) => state.recordEvidence);
  const [date, setDate] = useState(localDate());
  const [text, setText] = useState('');
  const [link, setLink] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(preselected));
  const [problem, setProblem] = useState<string | null>(null);

  function toggle(itemId: string) {
    const next = new Set(chosen);
    if (next.has(itemId)) next.delete(itemId);
    else next.add(itemId);
    setChosen(next);
  }

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
          <textarea id="evidence-text" rows={3} value={text} onChange={(event) => setText(event.target.value)} autoFocus />
        </div>
        <fieldset className="field evidence-items">
          <legend>Supports ({chosen.size} chosen)</legend>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={chosen.has(item.id)} onChange={() => toggle(item.id)} />
                  <span>
                    {item.skillName ? <strong>{item.skillName}: </strong> : null}
                    {item.text}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {problem ? (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="submit">Save evidence</button>
          <button type="button" className="button-secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
