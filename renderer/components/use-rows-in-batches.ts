/**
 * How many rows of a long table or list to render now: the first rows at once, then the next batch
 * after each paint (one batch a frame), until every row is there. A track of thousands of statements
 * (the career map, a level on the Rate tab) would otherwise be built, styled and laid out in one task
 * that froze the window for hundreds of milliseconds; in batches each task stays short, and within a
 * few frames the whole table is in the page (for find in page, the keyboard and screen readers). A
 * table within one batch renders whole at once, as before.
 *
 * It also counts the rows drawn: those on the page when a frame was laid out and painted. Only those
 * may skip their layout off screen (content-visibility), because only they have a real size to keep
 * meanwhile; a row skipped before it was ever laid out stands in at a guessed height and jumps to its
 * real one when scrolled to, moving everything below it under the pointer.
 */
import { startTransition, useEffect, useState } from 'react';

/** Roughly how much one task builds: a statement counts 1 (see the weights the caller gives). */
export const batchWeight = 250;

/** How many rows, from `from`, fit in one batch (always at least one). */
export function rowsInBatch(weights: readonly number[], from: number, budget = batchWeight): number {
  let end = from;
  let total = 0;
  while (end < weights.length && (end === from || total + (weights[end] ?? 0) <= budget)) {
    total += weights[end] ?? 0;
    end += 1;
  }
  return end;
}

/** The rows in the page (`shown`) and, of those, the first `drawn` that a painted frame has laid out. */
export interface RowsShown {
  shown: number;
  drawn: number;
}

/** The rows to render before any frame: the first batch, none of it drawn yet. */
export function firstRowsShown(weights: readonly number[], budget = batchWeight): RowsShown {
  return { shown: rowsInBatch(weights, 0, budget), drawn: 0 };
}

/**
 * After a frame was painted: every row shown is now drawn, and the next batch (if any) is shown. The
 * same `rows` once every row is shown and drawn.
 */
export function nextRowsDrawn(weights: readonly number[], rows: RowsShown, budget = batchWeight): RowsShown {
  if (rows.drawn >= rows.shown && rows.shown >= weights.length) return rows;
  return { shown: rowsInBatch(weights, rows.shown, budget), drawn: rows.shown };
}

/** The rows to render and how many are drawn; `weights` (one per row, a new array for new rows) starts again from the top. */
export function useRowsInBatches(weights: readonly number[]): RowsShown {
  const [state, setState] = useState(() => ({ weights, rows: firstRowsShown(weights) }));
  const current = state.weights === weights ? state : { weights, rows: firstRowsShown(weights) };
  if (current !== state) setState(current);
  const { rows } = current;
  useEffect(() => {
    const next = nextRowsDrawn(weights, rows);
    if (next === rows) return;
    // As a transition, so a click or a key press in the meantime goes first.
    return afterNextPaint(() =>
      startTransition(() => setState((was) => (was.weights === weights ? { weights, rows: nextRowsDrawn(weights, was.rows) } : was))),
    );
  }, [rows, weights]);
  return rows;
}

/**
 * A window that draws no frames (hidden) still gets its rows, this long after the last batch; they are
 * counted drawn without having been laid out, so those off screen stand in at the guessed height.
 */
const withoutFrames = 500;

/**
 * Runs `next` once the browser has drawn what is in the page: a timer set in a frame's callback runs
 * after that frame is laid out and painted. A timer alone often ran before the frame, so two or more
 * batches were laid out in one frame, a task of their sum. Returns a cancel.
 */
function afterNextPaint(next: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    cancel();
    next();
  };
  const frame = requestAnimationFrame(() => {
    clearTimeout(fallback);
    timer = setTimeout(run);
  });
  const fallback = setTimeout(run, withoutFrames);
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    clearTimeout(timer);
  };
  return cancel;
}
