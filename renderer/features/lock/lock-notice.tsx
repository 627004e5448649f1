/**
 * What was found wrong with the lock at start and put right: said once, until dismissed.
 */
import { useAppStore } from '../../store/app-store';

export function LockNotice() {
  const notice = useAppStore((state) => state.lockNotice);
  const dismiss = useAppStore((state) => state.dismissLockNotice);
  if (!notice) return null;
  return (
    <div role="status" className="notice notice-caution lock-notice">
      <p>{notice}</p>
      <div className="dialog-actions">
        <button type="button" className="button-secondary" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
