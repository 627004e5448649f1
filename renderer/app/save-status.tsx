/**
 * "Saving…" in the header while a change takes a moment to be written (a locked workspace sealing a long
 * text, a slow disk), so closing the window then is never a surprise. Quick writes show nothing: the
 * words fade in only once a write has run for a while (the stylesheet's delay), and they are not
 * announced, which every rating would otherwise be. A failed write says so where it happened (SaveProblem).
 */
import { useAppStore } from '../store/app-store';

export function SaveStatus() {
  const saving = useAppStore((state) => state.writesInFlight > 0);
  return <span className="save-status">{saving ? 'Saving…' : ''}</span>;
}
