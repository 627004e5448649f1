/**
 * Keeps a wide table's header row in sight while the page scrolls, for a table inside a box that
 * scrolls sideways.
 *
 * Why not `position: sticky; top: 0`: a box that scrolls sideways also scrolls (or clips) vertically in
 * CSS, so a sticky header sticks to that box, never to the page; the table would need its own vertical
 * scroll box, a scroll area inside the page. Instead the header cells are shifted down by the height of
 * the table that has gone above the window, through the `--head-shift` variable the stylesheet reads in a
 * transform. They stay inside the sideways box, so they scroll sideways with their columns, and the
 * sticky-left corner cell keeps working.
 */
import { useEffect, type RefObject } from 'react';

export function usePageStickyHead(tableRef: RefObject<HTMLTableElement | null>): void {
  useEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const head = table.tHead;
      if (!head) return;
      const box = table.getBoundingClientRect();
      // Never past the last row: the header leaves with the table's bottom edge.
      const room = Math.max(0, box.height - head.offsetHeight * 2);
      const shift = Math.min(Math.max(0, -box.top), room);
      table.style.setProperty('--head-shift', `${Math.round(shift)}px`);
      table.toggleAttribute('data-head-stuck', shift > 0);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(place);
    };
    place();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // Rows that load or reflow later (statements drawn as they come into view) change the table's height.
    const resizes = new ResizeObserver(schedule);
    resizes.observe(table);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resizes.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [tableRef]);
}
