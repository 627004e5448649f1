/**
 * The person's own ratings beside their manager's or coach's, statement by statement: where they
 * disagree by two steps or more is flagged, and an agreed rating (with a note) can be recorded on the
 * spot.
 */
import { useMemo, useState } from 'react';
import { levelsInOrder } from '../../../shared/framework/career-map';
import { raterLabel } from '../../../shared/workspace/counted-ratings';
import { ratingLabel } from '../../../shared/workspace/labels';
import type { MappedTo } from '../../../shared/workspace/mapping';
import { itemText, levelItems, type MappedItem } from '../../../shared/workspace/mapping-items';
import { compareRaters, comparisonCounts, type ComparedItem } from '../../../shared/workspace/rater-comparison';
import type { Person, Rating, RatingValue } from '../../../shared/workspace/schema';
import { formatDate, localDate } from '../../../shared/dates/local-date';
import { useAppStore } from '../../store/app-store';
import { allRatings } from '../../store/people-slice';
import { ExportAssessment, ImportAssessment } from '../exchange';
import { scaleOptions, type RatingScale } from '../rate';
import './compare.css';

export function CompareTab({ person, mapping }: { person: Person; mapping: MappedTo }) {
  const ratings = useAppStore((state) => state.ratings);
  const defaultLevel = mapping.kind === 'career-map' ? (mapping.targetLevel ?? mapping.currentLevel)?.id : undefined;
  const [levelId, setLevelId] = useState(defaultLevel);
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const scale: RatingScale = mapping.kind === 'role-card' ? 'proficiency' : 'state';
  const reviewer = raterLabel('manager', person.relationship);

  const list = useMemo(() => levelItems(mapping, levelId, false), [mapping, levelId]);
  const compared = useMemo(() => compareRaters(list.items, allRatings(ratings)), [list, ratings]);
  const counts = comparisonCounts(compared);
  const shown = onlyFlagged ? compared.filter((entry) => entry.flagged) : compared;
  const levels = mapping.kind === 'career-map' ? levelsInOrder(mapping.track) : [];

  return (
    <div className="compare">
      <div className="toolbar">
        {mapping.kind === 'career-map' ? (
          <label className="inline-field">
            Level
            <select value={levelId ?? ''} onChange={(event) => setLevelId(event.target.value)}>
              {levels.map((level) => (
                <option key={level.id} value={level.id}>
                  {level.id}
                  {level.id === mapping.targetLevel?.id ? ' (target)' : ''}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="checkbox">
          <input type="checkbox" checked={onlyFlagged} onChange={(event) => setOnlyFlagged(event.target.checked)} />
          Only disagreements of two steps or more
        </label>
      </div>
      <p role="status" className="compare-summary" data-testid="compare-summary">
        {counts.both} rated by both · {counts.same} the same · {counts.flagged} two steps or more apart
        {counts.flagged > 0 ? ` (${counts.flaggedAgreed} of them agreed)` : ''} · {counts.agreed} agreed ratings
      </p>
      {shown.length === 0 ? (
        <p className="notice">{onlyFlagged ? 'No disagreement of two steps or more here.' : 'Nothing to compare here.'}</p>
      ) : null}
      {list.areas.map((area) => {
        const entries = shown.filter((entry) => entry.item.areaId === area.id);
        if (entries.length === 0) return null;
        return (
          <section key={area.id} className="compare-area" aria-labelledby={`compare-${area.id}`}>
            <h3 id={`compare-${area.id}`}>{area.name}</h3>
            <table className="compare-table">
              <thead>
                <tr>
                  <th scope="col">Statement</th>
                  <th scope="col">Self</th>
                  <th scope="col">{reviewer}</th>
                  <th scope="col">Agreed</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <CompareRow key={entry.item.id} entry={entry} scale={scale} />
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <section className="exchange" aria-labelledby="exchange-title">
        <h2 id="exchange-title">Exchange by file</h2>
        <p className="hint">
          No server between you: send a self-assessment or a review as a file (by e-mail or a shared drive), and take in the one you get
          back. A file only changes the ratings it carries, and an older file than the last one taken in is refused.
        </p>
        <div className="document-cards">
          <ExportAssessment person={person} />
          <div className="document-card exchange-card">
            <h3>Take in a file</h3>
            <p className="hint">A self-assessment from {person.relationship === 'me' ? 'someone' : 'them'}, or a review sent back.</p>
            <ImportAssessment />
          </div>
        </div>
      </section>
    </div>
  );
}

function RatingCell({ rating }: { rating: Rating | undefined }) {
  if (!rating) return <td className="compare-missing">Not rated</td>;
  return (
    <td>
      <span className="compare-value">{ratingLabel(rating.value)}</span>
      <span className="compare-date">{formatDate(localDate(new Date(rating.updatedAt)))}</span>
      {rating.note ? <span className="compare-note">{rating.note}</span> : null}
    </td>
  );
}

function CompareRow({ entry, scale }: { entry: ComparedItem<MappedItem>; scale: RatingScale }) {
  const rate = useAppStore((state) => state.rate);
  const setRatingNote = useAppStore((state) => state.setRatingNote);
  const [note, setNote] = useState(entry.agreed?.note ?? '');
  const text = itemText(entry.item);
  const apart =
    entry.distance === 'applicability'
      ? 'One finds it not applicable'
      : typeof entry.distance === 'number' && entry.distance > 0
        ? `${entry.distance} step${entry.distance === 1 ? '' : 's'} apart`
        : null;
  const agreedId = `agreed-${entry.item.id}`;

  function choose(raw: string) {
    const value: RatingValue | undefined = scaleOptions(scale).find((option) => String(option.value) === raw)?.value;
    void rate(entry.item.id, value ?? null, 'agreed');
  }

  return (
    <tr className={entry.flagged ? 'compare-row compare-flagged' : 'compare-row'} data-item-id={entry.item.id} data-flagged={entry.flagged}>
      <th scope="row">
        {text}
        {apart ? <span className={entry.flagged ? 'compare-apart compare-apart-flagged' : 'compare-apart'}>{apart}</span> : null}
      </th>
      <RatingCell rating={entry.self} />
      <RatingCell rating={entry.manager} />
      <td>
        <select
          id={agreedId}
          aria-label={`Agreed rating: ${text}`}
          value={entry.agreed ? String(entry.agreed.value) : ''}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="">Not agreed yet</option>
          {scaleOptions(scale).map((option) => (
            <option key={String(option.value)} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
        {entry.agreed ? (
          <>
            <span className="compare-date">{formatDate(localDate(new Date(entry.agreed.updatedAt)))}</span>
            <textarea
              aria-label={`Agreed note: ${text}`}
              className="compare-agreed-note"
              rows={2}
              placeholder="Why, in a few words"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              onBlur={() => {
                if (note !== (entry.agreed?.note ?? '')) void setRatingNote(entry.item.id, note, 'agreed');
              }}
            />
          </>
        ) : null}
      </td>
    </tr>
  );
}
