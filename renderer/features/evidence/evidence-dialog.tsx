/**
 * Recording evidence as a brag document keeps it: when, a title, what happened, an optional link, and
 * the statements it supports (any number, or none yet to tag later). The same dialog edits an entry.
 */
import { lengthProblem } from '../../../shared/text/text-limits';
import { LengthCounter, lengthFieldProps } from '../../components/length-counter';
import { useState, type FormEvent } from 'react';
import type { MappedItem } from '../../../shared/workspace/mapping-items';
import type { Evidence } from '../../../shared/workspace/schema';
import { localDate } from '../../../shared/dates/local-date';
import { DateInput } from '../../components/date-input';
import { ModalDialog } from '../../components/modal-dialog';
import { FormActions, FormProblem, ItemChecklist, useChosenIds } from '../../components/form-parts';
import { useAppStore } from '../../store/app-store';

interface Props {
  items: MappedItem[];
  preselected: string[];
  /** The entry to change; a new one is recorded when absent. */
  editing?: Evidence | undefined;
  onClose: () => void;
}

export function EvidenceDialog({ items, preselected, editing, onClose }: Props) {
  const recordEvidence = useAppStore((state) => state.recordEvidence);
  const changeEvidence = useAppStore((state) => state.changeEvidence);
  const [date, setDate] = useState(editing?.date ?? localDate());
  const [title, setTitle] = useState(editing?.title ?? '');
  const [text, setText] = useState(editing?.text ?? '');
  const [link, setLink] = useState(editing?.link ?? '');
  const [chosen, toggle] = useChosenIds(editing?.itemIds ?? preselected);
  const [problem, setProblem] = useState<string | null>(null);
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  // Statements tagged before (of another level, say) stay offered, so editing never drops them silently.
  const offered = editing ? [...items, ...editing.itemIds.filter((id) => !items.some((item) => item.id === id)).map(unknownItem)] : items;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim() && !text.trim()) return setProblem('Give it a title, or say what happened.');
    // The field says what is wrong with its date.
    if (dateProblem) return;
    // The counters under the fields say what is too long.
    if (lengthProblem(title, 'title') || lengthProblem(text, 'text') || lengthProblem(link, 'link')) return;
    setProblem(null);
    const entry = { date, title: title.trim() || undefined, text: text.trim(), link: link.trim() || undefined, itemIds: [...chosen] };
    const ok = editing ? await changeEvidence(editing.id, entry) : await recordEvidence(entry);
    // On failure the dialog stays open with everything entered; the save banner says what went wrong.
    if (ok) onClose();
  }

  return (
    <ModalDialog title={editing ? 'Edit evidence' : 'Add evidence'} onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor="evidence-date">When</label>
            <DateInput
              id="evidence-date"
              value={date}
              required
              questionFuture
              onChange={(value, found) => {
                setDate(value);
                setDateProblem(found);
              }}
            />
          </div>
          <div className="field grow">
            <label htmlFor="evidence-title">Title</label>
            <input
              id="evidence-title"
              value={title}
              onChange={(event) => {
                setTitle(event.target.value);
                if (event.target.value.trim()) setProblem(null);
              }}
              placeholder="Led the checkout migration"
              data-autofocus
              {...lengthFieldProps('evidence-title', title, 'title')}
            />
            <LengthCounter fieldId="evidence-title" value={title} kind="title" />
          </div>
        </div>
        <div className="field">
          <label htmlFor="evidence-text">What happened</label>
          <textarea
            id="evidence-text"
            rows={4}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              if (event.target.value.trim()) setProblem(null);
            }}
            {...lengthFieldProps('evidence-text', text, 'text')}
          />
          <LengthCounter fieldId="evidence-text" value={text} kind="text" />
        </div>
        <div className="field">
          <label htmlFor="evidence-link">Link (optional)</label>
          <input
            id="evidence-link"
            value={link}
            onChange={(event) => setLink(event.target.value)}
            placeholder="A document, a ticket, a pull request…"
            {...lengthFieldProps('evidence-link', link, 'link')}
          />
          <LengthCounter fieldId="evidence-link" value={link} kind="link" />
        </div>
        <ItemChecklist
          legend={`Supports (${chosen.size} chosen; you can tag it later)`}
          items={offered}
          chosen={chosen}
          onToggle={toggle}
        />
        <FormProblem problem={problem} />
        <FormActions submitLabel="Save evidence" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}

function unknownItem(id: string): MappedItem {
  return { id, areaId: '', text: `${id} (not in this framework)` };
}
