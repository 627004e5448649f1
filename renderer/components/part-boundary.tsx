/**
 * Around a part of the window (a screen, a tab, a chart, a dialog): a short status while its code
 * loads (lazy-part.ts), and a plain message in its place if it cannot be loaded or breaks while drawing,
 * so the rest of the window goes on working. Without it, one failure would blank the whole window.
 */
import { Component, Suspense, type ReactNode } from 'react';
import { errorMessage } from '../../shared/errors/error-message';
import { PartLoadError } from './lazy-part';

interface Props {
  /** The part, as the message names it: "This screen", "The import". */
  what: string;
  /** Shown while the code loads; "Loading…" unless given. */
  loading?: ReactNode;
  /** When it changes (another screen, another tab), a part that broke is drawn again. */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  error: unknown;
  resetKey: string | undefined;
}

/** The status a part shows while its code or data loads. */
export function Loading() {
  return <p role="status">Loading…</p>;
}

/** What to do when Waymark's own files cannot be read: reload, and reinstall if that fails. */
export function ReloadAdvice() {
  return (
    <>
      <p>Nothing you entered is affected. Reload the window to try again; if it keeps failing, reinstall Waymark.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </>
  );
}

export class PartBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return <Suspense fallback={this.props.loading ?? <Loading />}>{this.props.children}</Suspense>;
    if (error instanceof PartLoadError) {
      // React.lazy keeps a failed load, so trying again in this window would fail the same way: reload it.
      return (
        <div role="alert" className="notice notice-error">
          <p>
            {this.props.what} could not be loaded: {errorMessage(error)}
          </p>
          <ReloadAdvice />
        </div>
      );
    }
    return (
      <div role="alert" className="notice notice-error">
        <p>
          {this.props.what} stopped with an error: {errorMessage(error)}
        </p>
        <p>What you saved is kept. Try again, or go on elsewhere in Waymark; if it happens again, reload the window.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
