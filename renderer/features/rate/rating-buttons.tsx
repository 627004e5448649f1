/**
 * The answers to one statement or component as a row of toggle buttons. Each answer has its own mark
 * and colour (rate.css: ○ not yet, ◐ partly, ● consistently, – not applicable; a filling bar for
 * proficiency), so a rated list reads at a glance and never by colour alone; the chosen one is pressed.
 */
import type { RatingValue } from '../../../shared/workspace/schema';
import { scaleOptions, type RatingScale } from './rating-scales';

interface Props {
  itemId: string;
  scale: RatingScale;
  value: RatingValue | undefined;
  /** What the group is a rating of, for screen readers. */
  label: string;
  tabIndex?: number;
  onRate: (itemId: string, value: RatingValue | null) => void;
}

export function RatingButtons({ itemId, scale, value, label, tabIndex, onRate }: Props) {
  return (
    <div role="group" aria-label={label} className={`rating-buttons rating-${scale}`}>
      {scaleOptions(scale).map((option) => {
        const pressed = value === option.value;
        return (
          <button
            key={String(option.value)}
            type="button"
            tabIndex={tabIndex}
            className={`rating-button rating-${String(option.value)}`}
            aria-pressed={pressed}
            title={`${option.label} (key ${option.key.toUpperCase()})`}
            onClick={() => onRate(itemId, pressed ? null : option.value)}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
