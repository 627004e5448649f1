/**
 * How a long career map is cut into batches of rows: each batch holds rows up to the budget, a row
 * heavier than the budget goes alone (never zero rows, so the map always finishes), and the batches
 * together hold every row once, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsInBatch } from '../../../../../renderer/features/career-map/use-rows-in-batches';

function batches(weights: readonly number[], budget: number): number[][] {
  const cut: number[][] = [];
  for (let from = 0; from < weights.length;) {
    const end = rowsInBatch(weights, from, budget);
    cut.push(weights.slice(from, end));
    from = end;
  }
  return cut;
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
});
