import { describe, expect, it } from 'vitest';
import { estimatedLines, paginate } from '../../../../renderer/pdf/paginate';

describe('paginate', () => {
  it('fills pages in order and starts a new one when a block would not fit', () => {
    expect(paginate([40, 40, 30, 50, 10], (height) => height, 100)).toEqual([
      [40, 40],
      [30, 50, 10],
    ]);
  });

  it('puts a block taller than a page on a page of its own rather than dropping it', () => {
    expect(paginate([20, 150, 20], (height) => height, 100)).toEqual([[20], [150], [20]]);
  });

  it('keeps a heading with the block after it', () => {
    const blocks = ['item:60', 'heading:20', 'item:40'];
    const height = (block: string) => Number(block.split(':')[1]);
    expect(paginate(blocks, height, 100, (block) => block.startsWith('heading'))).toEqual([['item:60'], ['heading:20', 'item:40']]);
  });

  it('has no pages for no blocks', () => {
    expect(paginate([], () => 1, 100)).toEqual([]);
  });
});

describe('estimatedLines', () => {
  it('counts at least one line, and one more per 72 characters', () => {
    expect(estimatedLines('')).toBe(1);
    expect(estimatedLines('x'.repeat(72))).toBe(1);
    expect(estimatedLines('x'.repeat(73))).toBe(2);
  });
});
