/**
 * A person's evidence, newest first, with the statements each entry supports: the brag document that
 * feeds the promotion case. Filters find entries by skill area, by date range, and those not yet used
 * (supporting no statement of the target level, so the promotion case leaves them out).
 */
import { useMemo, useState } from 'react';
import { formatDate } from '../../../shared/dates/local-date';
import { targetLabel, targetLevelId } from '../../../shared/gap/target-gap';
import { evidenceTitle, filterEvidence } from '../../../shared/workspace/evidence-filter';
import type { MappedTo } from '../../../shared/workspace/mapping';
import { levelItems, mappingItems, type MappedItem } from '../../../shared/workspace/mapping-items';
import type { Evidence } from '../../../shared/workspace/schema';
import { countWords } from '../../../shared/text/count-words';
import { useAppStore } from '../../store/app-store';
import { EvidenceDialog } from './evidence-dialog';

/** Every statement or component of the mapping, for naming what evidence supports. */
function allItems(mapping: MappedTo): MappedItem[] {
  return mappingItems(mapping).map((item) => (item.levelId ? { ...item, text: `${item.levelId} — ${item.text}` } : item));
}

export function EvidenceTab({ mapping }: { mapping: MappedTo }) {
  const evidence = useAppStore((state) => state.evidence);
  const deleteEvidence = useAppStore((state) => state.deleteEvidence);
  const [dialog, setDialog] = useState<{ editing?: Evidence } | null>(null);
  const [areaId, setAreaId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [onlyUnused, setOnlyUnused] = useState(false);
  const items = useMemo(() => allItems(mapping), [mapping]);
  const byId = useMemo(() => new Map(items.map((item) => [item.id, item])), [items]);
  const areaOfItem = useMemo(() => new Map(items.map((item) => [item.id, item.areaId])), [items]);
  const { areas, items: levelTargetItems } = useMemo(() => levelItems(mapping, targetLevelId(mapping), false), [mapping]);
  const targetIds = useMemo(() => new Set(levelTargetItems.map((item) => item.id)), [levelTargetItems]);
  // The dialog offers the level being worked towards; the list names statements of any level.
  const offered = useMemo(() => {
    if (mapping.kind === 'role-card') return items;
    const level = mapping.targetLevel ?? mapping.currentLevel;
    const ids = new Set(level?.statements.map((statement) => statement.id));
    const atLevel = items.filter((item) => ids.has(item.id));
    return atLevel.length > 0 ? atLevel : items;
  }, [items, mapping]);
  const shown = useMemo(
    () =>
      filterEvidence(
        evidence,
        { areaId: areaId || undefined, from: from || undefined, to: to || undefined, unusedFor: onlyUnused ? targetIds : undefined },
        areaOfItem,
      ),
    [evidence, areaId, from, to, onlyUnused, targetIds, areaOfItem],
  );
  const filtering = Boolean(areaId || from || to || onlyUnused);

  return (
    <div className="evidence">
      <div className="toolbar">
        <button type="button" onClick={() => setDialog({})}>
          Add evidence
        </button>
      </div>
      {evidence.length === 0 ? (
        <p className="notice">No evidence yet. Record what happened as it happens, and tie it to the statements it shows.</p>
      ) : (
        <fieldset className="evidence-filters">
          <legend>Find evidence</legend>
          <label className="inline-field">
            Area
            <select value={areaId} onChange={(event) => setAreaId(event.target.value)}>
              <option value="">All areas</option>
              {areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-field">
            From
            <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label className="inline-field">
            To
            <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={onlyUnused} onChange={(event) => setOnlyUnused(event.target.checked)} />
            Not yet used (supports no statement of {targetLabel(mapping)})
          </label>
          <p className="hint" role="status">
            {filtering
              ? `${shown.length} of ${countWords(evidence.length, 'entry', 'entries')}`
              : countWords(evidence.length, 'entry', 'entries')}
          </p>
        </fieldset>
      )}
      <ol className="evidence-list">
        {shown.map((entry) => (
          <li key={entry.id} className="evidence-entry">
            <p className="evidence-date">{formatDate(entry.date)}</p>
            <h3 className="evidence-title">{evidenceTitle(entry)}</h3>
            {entry.title?.trim() && entry.text ? <p>{entry.text}</p> : null}
            {!entry.title?.trim() && entry.text.includes('\n') ? <p>{entry.text.split('\n').slice(1).join('\n')}</p> : null}
            {entry.link ? <p className="evidence-link">{entry.link}</p> : null}
            {entry.itemIds.length === 0 ? (
              <p className="hint">Not tied to a statement yet.</p>
            ) : (
              <ul className="evidence-supports" aria-label="Supports">
                {entry.itemIds.map((itemId) => (
                  <li key={itemId}>{byId.get(itemId)?.text ?? `${itemId} (not in this framework)`}</li>
                ))}
              </ul>
            )}
            <button type="button" className="link-button" onClick={() => setDialog({ editing: entry })}>
              Edit
            </button>{' '}
            <button type="button" className="link-button" onClick={() => void deleteEvidence(entry.id)}>
              Delete
            </button>
          </li>
        ))}
      </ol>
      {dialog ? <EvidenceDialog items={offered} preselected={[]} editing={dialog.editing} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
