/**
 * One statement or component to rate: its text, the rating buttons, a note, and how much evidence
 * backs it. Each row reads only its own rating, so rating one row re-renders only that row.
 */
import { lengthProblem } from '../../../shared/text/text-limits';
import { LengthCounter, lengthFieldProps } from '../../components/length-counter';
import { memo, useMemo, useState, useSyncExternalStore } from 'react';
import type { MappedItem } from '../../../shared/workspace/mapping-items';
import { raterLabel } from '../../../shared/workspace/counted-ratings';
import { ratingLabel } from '../../../shared/workspace/labels';
import { raterSchema, type RatingValue, type Relationship } from '../../../shared/workspace/schema';
import { useAppStore } from '../../store/app-store';
import { RatingButtons } from './rating-buttons';
import { ratingRowState } from './rating-row-state';
import type { RatingScale } from './rating-scales';
import type { TabStop } from './tab-stop';

interface Props {
  item: MappedItem;
  scale: RatingScale;
  /** Which row takes focus when the list is tabbed into (roving tab index). */
  tabStop: TabStop;
  evidenceCount: number;
  relationship: Relationship;
  onRate: (itemId: string, value: RatingValue | null) => void;
  onNote: (itemId: string, note: string) => void;
  onAddEvidence: (itemId: string) => void;
}

export const RatingRow = memo(function RatingRow({
  item,
  scale,
  tabStop,
  evidenceCount,
  relationship,
  onRate,
  onNote,
  onAddEvidence,
}: Props) {
  const isTabStop = useSyncExternalStore(tabStop.subscribe, () => tabStop.is(item.id));
  const selectRow = useMemo(() => ratingRowState(item.id), [item.id]);
  const { activeRater, rating, self, manager, agreed, unsaved } = useAppStore(selectRow);
  const others = raterSchema.options.flatMap((rater) => {
    const value = { self, manager, agreed }[rater];
    return rater === activeRater || value === undefined ? [] : [`${raterLabel(rater, relationship)}: ${ratingLabel(value)}`];
  });
  const [editingNote, setEditingNote] = useState(false);
  const [note, setNote] = useState(rating?.note ?? '');
  const labelId = `item-${item.id}`;

  return (
    <li
      className="rating-row"
      data-item-id={item.id}
      data-rated={rating ? 'true' : 'false'}
      tabIndex={isTabStop ? 0 : -1}
      aria-labelledby={labelId}
    >
      <p id={labelId} className="rating-text">
        {item.skillName ? <strong className="skill-name">{item.skillName}: </strong> : null}
        {item.text}
      </p>
      <div className="rating-controls">
        <RatingButtons itemId={item.id} scale={scale} value={rating?.value} label="Rating" tabIndex={isTabStop ? 0 : -1} onRate={onRate} />
        <div className="row-actions">
          {unsaved ? <span className="unsaved">Not saved yet</span> : null}
          {rating?.recheck ? (
            <span className="recheck" title="A new version of the framework changed this statement since it was rated">
              Wording changed — re-check
            </span>
          ) : null}
          {rating ? (
            <button
              type="button"
              tabIndex={isTabStop ? 0 : -1}
              className="link-button"
              onClick={() => setEditingNote(!editingNote)}
              aria-expanded={editingNote}
            >
              {rating.note ? 'Note ✎' : 'Add note'}
            </button>
          ) : null}
          <button type="button" tabIndex={isTabStop ? 0 : -1} className="link-button" onClick={() => onAddEvidence(item.id)}>
            {evidenceCount > 0 ? `Evidence (${evidenceCount})` : 'Add evidence'}
          </button>
        </div>
      </div>
      {editingNote && rating ? (
        <div className="field note-field">
          <label htmlFor={`note-${item.id}`}>Note</label>
          <textarea
            id={`note-${item.id}`}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            onBlur={() => {
              if (note !== (rating.note ?? '') && !lengthProblem(note, 'text')) onNote(item.id, note);
            }}
            autoFocus
            {...lengthFieldProps(`note-${item.id}`, note, 'text')}
          />
          <LengthCounter fieldId={`note-${item.id}`} value={note} kind="text" />
        </div>
      ) : rating?.note ? (
        <p className="rating-note">{rating.note}</p>
      ) : null}
      {others.length > 0 ? <p className="other-ratings">{others.join(' · ')}</p> : null}
    </li>
  );
});
