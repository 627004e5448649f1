/**
 * Where focus goes when a part of the window that broke is drawn again ("Try again"): its button is
 * gone, and focus would fall to the page's body. It goes to the part's first heading that takes focus
 * or its first control, else to the nearest place around it that takes focus (the screen, the window).
 */

/** The place a part's message stood: the part is drawn again between `before` and `after`. */
export interface PartPlace {
  parent: ParentNode & Node;
  before: ChildNode | null;
  after: ChildNode | null;
}

const focusable = 'h1[tabindex], h2[tabindex], h3[tabindex], button, a[href], input, select, textarea, [tabindex]';

export function focusFirstBetween({ parent, before, after }: PartPlace): void {
  // The part's own nodes: from just after `before` up to `after` (which may have gone meanwhile).
  const first = before ? before.nextSibling : parent.firstChild;
  for (let node = first; node && node !== after; node = node.nextSibling) {
    if (!(node instanceof HTMLElement)) continue;
    const candidates = [...(node.matches(focusable) ? [node] : []), ...node.querySelectorAll<HTMLElement>(focusable)];
    for (const candidate of candidates) {
      candidate.focus({ preventScroll: true });
      if (document.activeElement === candidate) return;
    }
  }
  const around = parent instanceof Element ? parent.closest<HTMLElement>('[tabindex]') : null;
  around?.focus({ preventScroll: true });
}
