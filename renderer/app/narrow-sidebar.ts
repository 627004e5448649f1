/**
 * The sidebar in a narrow window (a small screen, or 200 % zoom): folded away behind a button in the
 * header so the open screen comes first, and unfolded above it on demand. In a wide window the
 * stylesheet shows the sidebar whatever this says, and hides the button.
 *
 * A disclosure, as the WAI-ARIA navigation menu pattern has it: the button says whether it is open
 * (aria-expanded), opening moves focus to the link of the screen open (else the first link), Escape
 * closes it and returns focus to the button, and choosing a screen closes it.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useAppStore } from '../store/app-store';
import { routeToHash } from '../store/routes';

export interface NarrowSidebar {
  open: boolean;
  toggle: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/** `button` is the header's button, `sidebar` the box it folds. */
export function useNarrowSidebar(button: RefObject<HTMLButtonElement | null>, sidebar: RefObject<HTMLElement | null>): NarrowSidebar {
  const [open, setOpen] = useState(false);
  const hash = useAppStore((state) => routeToHash(state.route));

  // Choosing a screen closes it: the screen is what the person went there for.
  const shownFor = useRef(hash);
  useEffect(() => {
    if (shownFor.current === hash) return;
    shownFor.current = hash;
    setOpen(false);
  }, [hash]);

  useEffect(() => {
    // Focus goes to the screen open now (in a long list of people, where it is), else to the first link.
    const box = sidebar.current;
    if (open)
      (
        box?.querySelector<HTMLElement>('a[aria-current="page"]') ?? box?.querySelector<HTMLElement>('a[href], button:not([disabled])')
      )?.focus();
  }, [open, sidebar]);

  return {
    open,
    toggle: () => setOpen((was) => !was),
    onKeyDown: (event) => {
      // A dialog opened from the sidebar (Add a person) takes its own Escape.
      if (event.key !== 'Escape' || !open || (event.target instanceof Element && event.target.closest('dialog'))) return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    },
  };
}
