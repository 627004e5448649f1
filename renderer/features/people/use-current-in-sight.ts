/**
 * Keeps the current item of a list that scrolls within itself in sight: an item out of sight comes to
 * the middle, with the items around it; one partly in sight comes only as far as needed, so the name
 * under the pointer does not move away from it on a click. Done whenever `shownFor` changes (it names
 * what the list shows: another item opened, the list whole again; `null` leaves the list alone), and
 * whenever the list comes into view (a narrow window's sidebar unfolded, or the window widened), each
 * time once now and once at the next frame, when the items around it are drawn at their real size
 * (the list's items are laid out only near sight).
 */
import { useEffect, type RefObject } from 'react';

export function useCurrentInSight(list: RefObject<HTMLElement | null>, shownFor: string | null): void {
  useEffect(() => {
    const box = list.current;
    if (!box || shownFor === null) return;
    const bringIntoSight = () => {
      const item = box.querySelector<HTMLElement>('[aria-current="page"]');
      if (!item || box.scrollHeight <= box.clientHeight) return;
      const top = item.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      const bottom = top + item.offsetHeight;
      const seenTop = box.scrollTop;
      const seenBottom = seenTop + box.clientHeight;
      if (bottom <= seenTop || top >= seenBottom) box.scrollTop = top - (box.clientHeight - item.offsetHeight) / 2;
      else if (top < seenTop) box.scrollTop = top;
      else if (bottom > seenBottom) box.scrollTop = bottom - box.clientHeight;
    };
    let frame = 0;
    const soon = () => {
      bringIntoSight();
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(bringIntoSight);
    };
    soon();
    // Hidden (a narrow window's folded sidebar), the list has no box at all; unfolded, it has one again.
    // (An empty list, nobody found, has a box, of no height.)
    const isHidden = () => box.getClientRects().length === 0;
    let hidden = isHidden();
    const watch = new ResizeObserver(() => {
      const nowHidden = isHidden();
      if (hidden && !nowHidden) soon();
      hidden = nowHidden;
    });
    watch.observe(box);
    return () => {
      watch.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [list, shownFor]);
}
