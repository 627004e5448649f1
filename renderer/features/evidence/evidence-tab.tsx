/**
 * A person's evidence, newest first, with the statements each entry supports.
 */
import { useMemo, useState } from 'react';
import type { MappedTo } from '../../../shared/workspace/mapping';
import { mappingItems, type MappedItem } from '../../../shared/workspace/mapping-items';
import { formatDate } from '../../../shared/dates/local-date';
import { useAppStore } from '../../store/app-store';
import { EvidenceDialog } from './evidence-dialog';

/** Every statement or component of the mapping, for naming what evidence supports. */
function allItems(mapping: MappedTo): MappedItem[] {
  return mappingItems(mapping).map((item) => (item.levelId ? { ...item, text: `${item.levelId} — ${item.text}` } : item));
}

export function EvidenceTab({ mapping }: { mapping: MappedTo }) {
  const evidence = useAppStore((state) => state.evidence);
  const deleteEvidence = useAppStore((state) => state.deleteEvidence);
  const [adding, setAdding] = useState(false);
  const items = useMemo(() => allItems(mapping), [mapping]);
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  // The dialog offers the level being worked towards; the list above names statements of any level.
  const targetItems = useMemo(() => {
    if (mapping.kind === 'role-card') return items;
    const level = mapping.targetLevel ?? mapping.currentLevel;
    const ids = new Set(level?.statements.map((statement) => statement.id));
    return items.filter((item) => ids.has(item.id));
  }, [items, mapping]);

  return (
    <div className="evidence">
      <div className="toolbar">
        <button type="button" onClick={() => setAdding(true)}>
          Add evidence
        </button>
      </div>
      {evidence.length === 0 ? (
        <p className="notice">No evidence yet. Record what happened, and tie it to the statements it shows.</p>
      ) : null}
      <ol className="evidence-list">
        {evidence.map((entry) => (
          <li key={entry.id} className="evidence-entry">
            <p className="evidence-date">{formatDate(entry.date)}</p>
            <p>{entry.text}</p>
            {entry.link ? <p className="evidence-link">{entry.link}</p> : null}
            <ul className="evidence-supports" aria-label="Supports">
              {entry.itemIds.map((itemId) => (
                <li key={itemId}>{byId.get(itemId)?.text ?? `${itemId} (not in this framework)`}</li>
              ))}
            </ul>
            <button type="button" className="link-button" onClick={() => void deleteEvidence(entry.id)}>
              Delete
            </button>
          </li>
        ))}
      </ol>
      {adding ? (
        <EvidenceDialog items={targetItems.length > 0 ? targetItems : items} preselected={[]} onClose={() => setAdding(false)} />
      ) : null}
    </div>
  );
}
