/**
 * Rating a person against their target, area by area, fast from the keyboard: arrows move between
 * statements, number keys rate the focused one. A side panel shows the effect as it happens.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { levelsInOrder } from '../../../shared/framework/career-map';
import type { MappedTo } from '../../../shared/workspace/mapping';
import { itemsInArea } from '../../../shared/framework/by-area';
import { levelItems, type MappedItem } from '../../../shared/workspace/mapping-items';
import { ratedCountText } from '../../../shared/gap/rated-count';
import type { Person, RatingValue } from '../../../shared/workspace/schema';
import { RaterSwitch } from '../../components/rater-choice';
import { useRowsInBatches } from '../../components/use-rows-in-batches';
import { useAppStore } from '../../store/app-store';
import { EvidenceDialog } from '../evidence';
import { ProgressPanel } from '../gaps';
import { KeptRatingsList } from './kept-ratings-list';
import { RatingRow } from './rating-row';
import { ratingForKey, scaleOf, type RatingScale } from './rating-scales';
import { createTabStop } from './tab-stop';

/**
 * What a rating row costs to build, against a statement of the career map (1): its text, four rating
 * buttons, a note and evidence links — about 80 rows a batch.
 */
const rowWeight = 3;

/** The areas with something to rate, in order, each with how many rows are drawn before its own. */
function sectionsOf(list: { areas: readonly { id: string; name: string }[]; items: readonly MappedItem[] }) {
  const sections = [];
  let start = 0;
  for (const area of list.areas) {
    const items = itemsInArea(list.items, area.id);
    if (items.length === 0) continue;
    sections.push({ area, items, start });
    start += items.length;
  }
  return sections;
}

/** The row of `itemId` in `list`, if it is in the page yet. */
function rowOf(list: ParentNode, itemId: string): HTMLElement | null {
  return list.querySelector<HTMLElement>(`.rating-row[data-item-id="${CSS.escape(itemId)}"]`);
}

/**
 * How many of the list are answered, "not applicable" included and named, in the words Gaps and
 * History use: the only part of the tab that reads every rating, so a rating re-renders this and its
 * own row, never the whole list.
 */
function RatedCount({ items }: { items: readonly MappedItem[] }) {
  const text = useAppStore((state) => {
    const ratings = state.ratings[state.activeRater];
    let rated = 0;
    let notApplicable = 0;
    for (const item of items) {
      const value = ratings.get(item.id)?.value;
      if (value === 'not-applicable') notApplicable += 1;
      else if (value !== undefined) rated += 1;
    }
    return ratedCountText({ rated, notApplicable, total: items.length });
  });
  return (
    <span className="progress-count" role="status" data-testid="progress-count">
      {text}
    </span>
  );
}

/**
 * The tab's frame, carrying whether writes are pending and saved. It re-renders as they change; the
 * list inside is the same element each time, so React leaves it alone.
 */
function RateLayout({ children }: { children: ReactNode }) {
  const saveState = useAppStore((state) => state.saveState);
  const pendingWrites = useAppStore((state) => state.unsavedItemIds.size);
  return (
    <div className="rate-layout" data-save-state={saveState} data-pending={pendingWrites}>
      {children}
    </div>
  );
}

export function RateTab({ person, mapping }: { person: Person; mapping: MappedTo }) {
  const rate = useAppStore((state) => state.rate);
  const setRatingNote = useAppStore((state) => state.setRatingNote);
  const activeRater = useAppStore((state) => state.activeRater);
  const setActiveRater = useAppStore((state) => state.setActiveRater);
  const evidence = useAppStore((state) => state.evidence);
  const defaultLevel = mapping.kind === 'career-map' ? (mapping.targetLevel ?? mapping.currentLevel)?.id : undefined;
  const [levelId, setLevelId] = useState(defaultLevel);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [tabStop] = useState(createTabStop);
  const [evidenceFor, setEvidenceFor] = useState<string | null>(null);
  const scale: RatingScale = scaleOf(mapping);

  const list = useMemo(() => levelItems(mapping, levelId, onlyChanges), [mapping, levelId, onlyChanges]);
  const sections = useMemo(() => sectionsOf(list), [list]);
  // A level of thousands of statements is drawn a batch of rows a frame (the first at once), from the
  // top again whenever the rows are new: another level, or another rater's ratings.
  const weights = useMemo(
    () => sections.flatMap((section) => section.items.map(() => rowWeight)),
    [sections, activeRater], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const rows = useRowsInBatches(weights);
  // Every statement in the order drawn, for the keys: End (or ↓ at the last row drawn yet) goes to a row
  // still to come, and then every row is drawn at once.
  const ordered = useMemo(() => sections.flatMap((section) => section.items.map((item) => item.id)), [sections]);
  const [wholeFor, setWholeFor] = useState<readonly number[] | null>(null);
  const shown = wholeFor === weights ? weights.length : rows.shown;
  // The row to focus once it is drawn (after every row is shown).
  const focusNext = useRef<string | null>(null);
  const areasRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const id = focusNext.current;
    if (id === null || !areasRef.current) return;
    focusNext.current = null;
    rowOf(areasRef.current, id)?.focus();
  });
  const evidenceCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const entry of evidence) for (const itemId of entry.itemIds) counts.set(itemId, (counts.get(itemId) ?? 0) + 1);
    return counts;
  }, [evidence]);
  // The tab stop is always a row drawn: while the rows come again from the top (another rater), a stop
  // further down gives way to the first row until its own is drawn, so Tab never skips the list.
  useLayoutEffect(() => tabStop.setItems(ordered.slice(0, shown)), [tabStop, ordered, shown]);

  const onRate = useCallback((itemId: string, value: RatingValue | null) => void rate(itemId, value), [rate]);
  const onNote = useCallback((itemId: string, note: string) => void setRatingNote(itemId, note), [setRatingNote]);
  const onAddEvidence = useCallback((itemId: string) => setEvidenceFor(itemId), []);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.closest('textarea, input, select')) return;
    const row = target.closest<HTMLElement>('.rating-row');
    if (!row?.dataset.itemId) return;
    const index = ordered.indexOf(row.dataset.itemId);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: ordered.length - 1 };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const id = ordered[Math.max(0, Math.min(ordered.length - 1, move))];
      if (!id) return;
      tabStop.move(id);
      const next = rowOf(event.currentTarget, id);
      if (next) next.focus();
      else {
        focusNext.current = id;
        setWholeFor(weights);
      }
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const value = ratingForKey(scale, event.key);
    if (value === undefined) return;
    event.preventDefault();
    tabStop.move(row.dataset.itemId);
    void rate(row.dataset.itemId, value);
  }

  const levels = mapping.kind === 'career-map' ? levelsInOrder(mapping.track) : [];
  return (
    <RateLayout>
      <div className="rate-main">
        <div className="toolbar">
          <RaterSwitch value={activeRater} relationship={person.relationship} onChange={setActiveRater} />
          {mapping.kind === 'career-map' ? (
            <>
              <label htmlFor="rate-level">Level</label>
              <select id="rate-level" value={levelId ?? ''} onChange={(event) => setLevelId(event.target.value)}>
                {levels.map((level) => (
                  <option key={level.id} value={level.id}>
                    {level.id}
                    {level.id === mapping.targetLevel?.id ? ' (target)' : level.id === mapping.currentLevel?.id ? ' (current)' : ''}
                  </option>
                ))}
              </select>
              <label className="checkbox">
                <input type="checkbox" checked={onlyChanges} onChange={(event) => setOnlyChanges(event.target.checked)} />
                Only what changes at this level
              </label>
            </>
          ) : null}
          <RatedCount items={list.items} />
          <button type="button" className="button-secondary" onClick={() => setEvidenceFor('')}>
            Add evidence
          </button>
        </div>
        <p className="hint">
          Keys: ↑ ↓ move ·{' '}
          {scale === 'state' ? '1 not yet · 2 partly · 3 consistently · 4 not applicable' : '0–4 proficiency · N not applicable'} · Delete
          clears
        </p>
        {list.items.length === 0 ? (
          <p className="notice">Nothing to rate here{onlyChanges ? ': nothing changes at this level' : ''}.</p>
        ) : null}
        <div
          ref={areasRef}
          className="rating-areas"
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const id = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.rating-row')?.dataset.itemId : undefined;
            if (id) tabStop.move(id);
          }}
        >
          {sections.map(({ area, items, start }) => {
            if (start >= shown) return null;
            return (
              <section key={area.id} aria-labelledby={`area-${area.id}`} className="rating-area">
                <h3 id={`area-${area.id}`}>{area.name}</h3>
                <ul className="rating-list">
                  {items.slice(0, shown - start).map((item) => (
                    <RatingRow
                      key={`${activeRater}-${item.id}`}
                      item={item}
                      scale={scale}
                      tabStop={tabStop}
                      evidenceCount={evidenceCounts.get(item.id) ?? 0}
                      relationship={person.relationship}
                      onRate={onRate}
                      onNote={onNote}
                      onAddEvidence={onAddEvidence}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
        <KeptRatingsList framework={mapping.framework} relationship={person.relationship} />
      </div>
      <ProgressPanel person={person} mapping={mapping} />
      {evidenceFor !== null ? (
        <EvidenceDialog items={list.items} preselected={evidenceFor ? [evidenceFor] : []} onClose={() => setEvidenceFor(null)} />
      ) : null}
    </RateLayout>
  );
}
