/**
 * When a write fails: what happened, what to do, and a way to try again where trying again can work. What was entered stays on screen.
 */
import { useAppStore } from '../../store/app-store';

export function SaveProblem() {
  const problem = useAppStore((state) => state.saveProblem);
  const dismiss = useAppStore((state) => state.dismissSaveProblem);
  if (!problem) return null;
  return (
    <div role="alert" className="notice notice-error save-problem">
      <p>{problem.message}</p>
      <div className="dialog-actions">
        {problem.retry ? (
          <button type="button" onClick={() => void problem.retry?.()}>
            Try again
          </button>
        ) : null}
        <button type="button" className="button-secondary" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
