/**
 * Planning pages before react-pdf lays them out. react-pdf fills a long flow page by page, laying out
 * everything left again after each page, so a 1,000-statement worksheet took minutes; a document planned
 * into pages here is laid out once, each planned page on its own.
 *
 * A document is a list of atoms with measured heights (see text-measure.ts). Text longer than the room
 * left is split between lines and continues on the next page; headings and the parts of what belongs
 * together (a statement, its tick boxes and its writing space) are kept on one page when they fit on
 * one. Heights err on the tall side and every planned page may still wrap: if one is fuller than
 * planned, react-pdf carries the overflow to another page and the page numbers (counted by react-pdf)
 * stay right. Nothing is dropped, and nothing is drawn over anything else.
 */
import type { ReactElement } from 'react';

export interface FlowAtom {
  /** Height in points, margins included. */
  height: number;
  /** Never the last thing on a page: a heading, a label, the first parts of what stays together. */
  keepWithNext?: boolean;
  /** Text: the part that fits in `space` points and the rest, or undefined when too little would fit. */
  split?: ((space: number) => [FlowAtom, FlowAtom] | undefined) | undefined;
  render: (key: number) => ReactElement;
}

/** The atoms bound to the first one by keep-with-next: it, and every atom after it up to one that does not keep. */
function chainAt(atoms: readonly FlowAtom[], start: number): FlowAtom[] {
  const chain: FlowAtom[] = [];
  for (let index = start; index < atoms.length; index += 1) {
    const atom = atoms[index];
    if (!atom) break;
    chain.push(atom);
    if (!atom.keepWithNext) break;
  }
  return chain;
}

const total = (atoms: readonly FlowAtom[]) => atoms.reduce((sum, atom) => sum + atom.height, 0);

/** Groups atoms into pages of at most `capacity` points, in order, splitting text where it must. */
export function planPages(atoms: readonly FlowAtom[], capacity: number): FlowAtom[][] {
  const pages: FlowAtom[][] = [];
  const queue = [...atoms];
  let page: FlowAtom[] = [];
  let used = 0;
  const newPage = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  const place = (atom: FlowAtom) => {
    page.push(atom);
    used += atom.height;
  };

  let index = 0;
  while (index < queue.length) {
    const chain = chainAt(queue, index);
    const height = total(chain);
    const room = capacity - used;
    if (height <= room) {
      chain.forEach(place);
      index += chain.length;
      continue;
    }
    // The chain holds text that can start here and go on over the page (its last such text): what comes
    // before it stays with its first lines, what comes after with its last. A long note between a
    // statement and its writing space no longer takes the whole chain to the next page, leaving this one
    // blank.
    const at = chain.findLastIndex((atom) => atom.split !== undefined);
    const head = chain.slice(0, Math.max(0, at));
    const parts = chain[at]?.split?.(room - total(head));
    if (parts && (page.length > 0 || height > capacity)) {
      head.forEach(place);
      place(parts[0]);
      queue.splice(index, at + 1, parts[1]);
      newPage();
      continue;
    }
    // It fits on a fresh page: start one.
    if (page.length > 0 && height <= capacity) {
      newPage();
      continue;
    }
    // Taller than a page: its first atom goes first (split if need be), and what follows is planned again.
    const first = queue[index];
    if (!first) break;
    if (first.height <= room || page.length === 0) {
      const split = first.height > room ? first.split?.(room) : undefined;
      if (split) {
        place(split[0]);
        queue.splice(index, 1, split[1]);
        newPage();
      } else {
        place(first);
        index += 1;
      }
    } else {
      newPage();
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
