/**
 * A modal dialog on the platform's own <dialog>: focus is trapped, Escape closes it, and focus goes back
 * to the control that opened it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider for dialogs with lists. */
  wide?: boolean;
}

export function ModalDialog({ title, onClose, children, wide = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // The platform returns focus only when the dialog closes while still in the page; here it is removed
    // first (the dialog closes by unmounting), which would leave focus on the body.
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // React's autoFocus runs before this, while the dialog is still closed, and so does nothing: an
      // element marked data-autofocus takes focus instead (else the first control does, as <dialog> does).
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      dialog?.close();
      // Unless something else took focus meanwhile (a new screen's heading). When the opener went with
      // what the dialog removed, the screen's heading takes focus rather than the body.
      const focused = document.activeElement;
      if (focused !== null && focused !== document.body && focused.isConnected) return;
      if (opener?.isConnected) opener.focus();
      else document.querySelector<HTMLElement>('main h1')?.focus();
    };
  }, []);
  return (
    <dialog ref={ref} className={wide ? 'modal modal-wide' : 'modal'} aria-labelledby="modal-title" onClose={onClose} onCancel={onClose}>
      <h2 id="modal-title">{title}</h2>
      {children}
    </dialog>
  );
}
