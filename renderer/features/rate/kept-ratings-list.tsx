/**
 * Below the Rate tab's statements: the ratings kept from statements this version of the framework does
 * not have (shared/workspace/kept-ratings.ts), folded, each with who gave it, when, and its note.
 */
import { useMemo, useState } from 'react';
import { formatDate, localDate } from '../../../shared/dates/local-date';
import type { Framework } from '../../../shared/framework/schema';
import { countWords } from '../../../shared/text/count-words';
import { raterLabel } from '../../../shared/workspace/counted-ratings';
import { keptRatings } from '../../../shared/workspace/kept-ratings';
import { ratingLabel } from '../../../shared/workspace/labels';
import type { Relationship } from '../../../shared/workspace/schema';
import { allRatings } from '../../store/people-slice';
import { useAppStore } from '../../store/app-store';

export function KeptRatingsList({ framework, relationship }: { framework: Framework; relationship: Relationship }) {
  const ratings = useAppStore((state) => state.ratings);
  const kept = useMemo(() => keptRatings(allRatings(ratings), framework), [ratings, framework]);
  // Built only while unfolded: a level rewritten whole can leave thousands, and every rating re-renders this.
  const [open, setOpen] = useState(false);
  if (kept.length === 0) return null;
  return (
    <details className="kept-ratings" data-testid="kept-ratings" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{countWords(kept.length, 'rating')} kept from statements this version does not have</summary>
      {open ? (
        <>
          <p className="hint">
            A new version of the framework, or an assessment file made with another version, left{' '}
            {kept.length === 1 ? 'this rating' : 'these ratings'} without a statement here. {kept.length === 1 ? 'It counts' : 'They count'}{' '}
            nowhere; what was written is kept.
          </p>
          <ul>
            {kept.map((rating) => (
              <li key={`${rating.rater} ${rating.itemId}`}>
                <strong>{ratingLabel(rating.value)}</strong> · {raterLabel(rating.rater, relationship)} ·{' '}
                {formatDate(localDate(new Date(rating.updatedAt)))} <span className="nav-meta">({rating.itemId})</span>
                {rating.note ? <p className="kept-note">{rating.note}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
