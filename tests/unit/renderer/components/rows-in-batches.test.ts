/**
 * How a long career map is cut into batches of rows: each batch holds rows up to the budget, a row
 * heavier than the budget goes alone (never zero rows, so the map always finishes), and the batches
 * together hold every row once, in order. A row counts as drawn (and may then skip its layout off
 * screen) only once a frame has been painted with it in the page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstRowsShown, nextRowsDrawn, rowsInBatch, type RowsShown } from '../../../../renderer/components/use-rows-in-batches';

function batches(weights: readonly number[], budget: number): number[][] {
  const cut: number[][] = [];
  for (let from = 0; from < weights.length;) {
    const end = rowsInBatch(weights, from, budget);
    cut.push(weights.slice(from, end));
    from = end;
  }
  return cut;
}

/** Every state the map goes through, one a painted frame, until it stops asking for frames. */
function frames(weights: readonly number[], budget: number): RowsShown[] {
  let rows = firstRowsShown(weights, budget);
  const seen = [rows];
  for (let next = nextRowsDrawn(weights, rows, budget); next !== rows; next = nextRowsDrawn(weights, rows, budget)) {
    rows = next;
    seen.push(rows);
  }
  return seen;
}

describe('rows in batches', () => {
  it('fills each batch up to the budget, and gives an over-heavy row a batch of its own', () => {
    expect(batches([100, 200, 100, 50, 500, 10], 400)).toEqual([[100, 200, 100], [50], [500], [10]]);
    expect(rowsInBatch([], 0, 400)).toBe(0);
  });

  it('covers every row once, in order, whatever the weights', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 })), fc.integer({ min: 1, max: 800 }), (weights, budget) => {
        const cut = batches(weights, budget);
        expect(cut.flat()).toEqual(weights);
        for (const batch of cut) {
          expect(batch.length).toBeGreaterThan(0);
          if (batch.length > 1) expect(batch.reduce((sum, weight) => sum + weight, 0)).toBeLessThanOrEqual(budget);
        }
      }),
    );
  });

  it('counts a batch drawn only after the frame that showed it, and stops once the last is drawn', () => {
    expect(frames([100, 200, 100, 50, 500, 10], 400)).toEqual([
      { shown: 3, drawn: 0 },
      { shown: 4, drawn: 3 },
      { shown: 5, drawn: 4 },
      { shown: 6, drawn: 5 },
      { shown: 6, drawn: 6 },
    ]);
    // A map within one batch: shown at once, drawn after one frame.
    expect(frames([10, 20], 400)).toEqual([
      { shown: 2, drawn: 0 },
      { shown: 2, drawn: 2 },
    ]);
    expect(frames([], 400)).toEqual([{ shown: 0, drawn: 0 }]);
  });

  it('never counts a row drawn before a frame has shown it, and ends with every row drawn', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 })), fc.integer({ min: 1, max: 800 }), (weights, budget) => {
        const seen = frames(weights, budget);
        expect(seen[0]?.drawn).toBe(0);
        for (const [index, rows] of seen.entries()) {
          if (index > 0) expect(rows.drawn).toBe(seen[index - 1]?.shown);
          expect(rows.drawn).toBeLessThanOrEqual(rows.shown);
        }
        expect(seen[seen.length - 1]).toEqual({ shown: weights.length, drawn: weights.length });
        // A frame for each batch after the first, and one to draw the last: the first state and one a batch.
        expect(seen.length).toBe(batches(weights, budget).length + 1);
      }),
    );
  });
});
