/**
 * Around a part whose code is loaded the first time it is shown (React.lazy): a short status while it
 * loads, and a plain message if it cannot be loaded. Without this, a failed load (the app updated
 * meanwhile, a file missing) would take the whole window down with it.
 */
import { Component, Suspense, type ReactNode } from 'react';

interface Props {
  /** The part, as the message names it: "The import". */
  what: string;
  children: ReactNode;
}

export class LazyBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return <Suspense fallback={<p role="status">Loading…</p>}>{this.props.children}</Suspense>;
    // React.lazy keeps a failed load, so trying again in this window would fail the same way: reload it.
    return (
      <div role="alert" className="notice notice-error">
        <p>
          {this.props.what} could not be loaded: {error instanceof Error ? error.message : String(error)}
        </p>
        <p>Nothing you entered is affected. Reload the window to try again; if it keeps failing, reinstall Waymark.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
