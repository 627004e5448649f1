/**
 * How many rows of a long table to render now: the first rows at once, then the next batch after
 * each paint (one batch a frame), until every row is there. A track of thousands of statements would
 * otherwise be built, styled and laid out in one task that froze the window for hundreds of
 * milliseconds; in batches each task stays short, and within a few frames the whole table is in the
 * page (for find in page, the keyboard and screen readers). A table within one batch renders whole at
 * once, as before.
 */
import { startTransition, useEffect, useState } from 'react';

/** Roughly how much one task builds: a statement counts 1 (see the weights the caller gives). */
export const batchWeight = 400;

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

/** The number of rows to render; `weights` (one per row, a new array for new rows) starts again from the top. */
export function useRowsInBatches(weights: readonly number[]): number {
  const [state, setState] = useState(() => ({ weights, shown: rowsInBatch(weights, 0) }));
  const current = state.weights === weights ? state : { weights, shown: rowsInBatch(weights, 0) };
  if (current !== state) setState(current);
  useEffect(() => {
    if (current.shown >= weights.length) return;
    // As a transition, so a click or a key press in the meantime goes first.
    return afterNextPaint(() =>
      startTransition(() => setState((was) => (was.weights === weights ? { weights, shown: rowsInBatch(weights, was.shown) } : was))),
    );
  }, [current.shown, weights]);
  return current.shown;
}

/** A window that draws no frames (hidden) still gets its rows, this long after the last batch. */
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
