/**
 * Splitting long content into pages ourselves. react-pdf lays out a long flow by breaking it page by
 * page, re-laying out what is left each time, so a 1,000-statement worksheet took minutes; pages
 * filled here are laid out once. Heights are estimates erring on the tall side: a page that still
 * overflows is broken by react-pdf as usual, so nothing is ever lost.
 */
import type { PaperSize } from '../../shared/documents/document-meta';

/** Usable height per page in points, below the header and above the footer, with room to spare. */
export const pageCapacity: Record<PaperSize, number> = { A4: 640, LETTER: 590 };

/** Lines a text takes at 10 pt across the page's text width: about 80 characters, counted at 72. */
export function estimatedLines(text: string, charactersPerLine = 72): number {
  return Math.max(1, Math.ceil(text.length / charactersPerLine));
}

/**
 * Groups blocks into pages in order, starting a new page when the next block would not fit. A block
 * that keeps with the next (a heading) only goes on a page that has room for both.
 */
export function paginate<T>(
  blocks: readonly T[],
  heightOf: (block: T) => number,
  capacity: number,
  keepsWithNext: (block: T) => boolean = () => false,
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const [index, block] of blocks.entries()) {
    const height = heightOf(block);
    const next = blocks[index + 1];
    const needed = keepsWithNext(block) && next !== undefined ? height + heightOf(next) : height;
    if (page.length > 0 && used + needed > capacity) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(block);
    used += height;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
