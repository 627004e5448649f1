/**
 * Choosing whose ratings are shown: the rater the Rate tab writes as, and the basis the gaps and
 * documents count on. Both name the second rater as the person's relationship says (manager or coach).
 */
import { basisLabel, raterLabel, ratingBases, type RatingBasis } from '../../shared/workspace/counted-ratings';
import { raterSchema, type Rater, type Relationship } from '../../shared/workspace/schema';
import './rater-choice.css';

export function RaterSwitch({
  value,
  relationship,
  onChange,
}: {
  value: Rater;
  relationship: Relationship;
  onChange: (rater: Rater) => void;
}) {
  return (
    <fieldset className="rater-switch">
      <legend>Rating as</legend>
      {raterSchema.options.map((rater) => (
        <label key={rater} className={value === rater ? 'rater-option rater-option-chosen' : 'rater-option'}>
          <input type="radio" name="rater" value={rater} checked={value === rater} onChange={() => onChange(rater)} />
          {raterLabel(rater, relationship)}
        </label>
      ))}
    </fieldset>
  );
}

export function RatingBasisChoice({
  id,
  value,
  relationship,
  onChange,
}: {
  id: string;
  value: RatingBasis;
  relationship: Relationship;
  onChange: (basis: RatingBasis) => void;
}) {
  return (
    <label className="inline-field" htmlFor={id}>
      Count
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(ratingBases.find((basis) => basis === event.target.value) ?? 'preferred')}
      >
        {ratingBases.map((basis) => (
          <option key={basis} value={basis}>
            {basisLabel(basis, relationship)}
          </option>
        ))}
      </select>
    </label>
  );
}
