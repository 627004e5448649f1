/**
 * Around a part of the window (a screen, a tab, a chart, a dialog): a short status while its code
 * loads (lazy-part.ts), and a plain message in its place if it cannot be loaded or breaks while drawing,
 * so the rest of the window goes on working. Without it, one failure would blank the whole window.
 */
import { Component, createRef, Suspense, type ReactNode } from 'react';
import { errorMessage } from '../../shared/errors/error-message';
import { focusFirstBetween, type PartPlace } from './part-focus';
import { PartLoadError } from './lazy-part';

interface Props {
  /** The part, as the message names it: "This screen", "The import". */
  what: string;
  /**
   * Where the part sits. A part of a screen (the default) says what went wrong in a line; the route's
   * screen and the whole window say it as their heading, where focus lands as on any screen's.
   */
  scope?: 'part' | 'screen' | 'window';
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
  private readonly message = createRef<HTMLDivElement>();
  /** Where the message stood when "Try again" was pressed: focus goes to the part drawn there. */
  private retried: PartPlace | null = null;

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  /** Where focus was before this update took the part (or its message) out of the page. */
  override getSnapshotBeforeUpdate(): Element | null {
    return document.activeElement;
  }

  override componentDidUpdate(_props: Props, previous: State, focusedBefore: Element | null) {
    const retried = this.retried;
    this.retried = null;
    if (this.state.error === null) {
      if (retried) focusFirstBetween(retried);
      return;
    }
    const message = this.message.current;
    if (!message) return;
    // Tried again and broke again: back to "Try again", which the person just pressed.
    if (retried) return message.querySelector<HTMLElement>('button')?.focus();
    // Broke while focus was inside it: focus would fall to the page's body. A part that breaks while
    // the person is elsewhere (focus on another control, or on nothing) leaves focus where it is.
    const lost = focusedBefore !== null && focusedBefore !== document.body && !focusedBefore.isConnected;
    if (previous.error === null && lost) message.querySelector<HTMLElement>('h1, button')?.focus();
  }

  private retry = () => {
    const message = this.message.current;
    if (message?.parentNode) this.retried = { parent: message.parentNode, before: message.previousSibling, after: message.nextSibling };
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error === null) return <Suspense fallback={this.props.loading ?? <Loading />}>{this.props.children}</Suspense>;
    const { what, scope = 'part' } = this.props;
    // React.lazy keeps a failed load, so trying again in this window would fail the same way: reload it.
    const loadFailed = error instanceof PartLoadError;
    const headline = loadFailed ? `${what} could not be loaded` : `${what} stopped with an error`;
    return (
      <div ref={this.message} role="alert" className="notice notice-error">
        {scope === 'part' ? (
          <p>
            {headline}: {errorMessage(error)}
          </p>
        ) : (
          <>
            <h1 tabIndex={-1}>{headline}</h1>
            <p>{errorMessage(error)}</p>
          </>
        )}
        {loadFailed ? (
          <ReloadAdvice />
        ) : (
          <>
            <p>
              What you saved is kept.{' '}
              {scope === 'window'
                ? 'Try again; if it happens again, reload the window.'
                : 'Try again, or go on elsewhere in Waymark; if it happens again, reload the window.'}
            </p>
            <button type="button" onClick={this.retry}>
              Try again
            </button>
          </>
        )}
      </div>
    );
  }
}
