/**
 * The window's frame: header, the framework list, and the open screen.
 */
import { useEffect } from 'react';
import { FrameworkNav } from '../features/frameworks/framework-nav';
import { FrameworkProblems } from '../features/frameworks/framework-problems';
import { useAppStore } from '../store/app-store';
import { frameworkLandingRoute } from '../store/selectors';
import { RouteView } from './route-view';

function focusMain() {
  document.getElementById('main')?.focus();
}

export function App() {
  const status = useAppStore((state) => state.catalogStatus);
  const frameworks = useAppStore((state) => state.frameworks);
  const route = useAppStore((state) => state.route);
  const navigate = useAppStore((state) => state.navigate);

  // "Home" is not a screen of its own: open the first framework.
  useEffect(() => {
    const [first] = frameworks;
    if (route.view === 'home' && first) navigate(frameworkLandingRoute(first));
  }, [route, frameworks, navigate]);

  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={focusMain}>
        Skip to content
      </button>
      <header className="app-header">
        <img className="app-logo" src="./icon.svg" alt="" width="28" height="28" />
        <span className="app-name">Waymark</span>
        <span className="app-tagline">Your career map, kept on this computer</span>
      </header>
      <nav className="sidebar" aria-label="Frameworks">
        <FrameworkNav />
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <FrameworkProblems />
        {status === 'ready' ? <RouteView /> : <CatalogStatusMessage />}
      </main>
    </div>
  );
}

function CatalogStatusMessage() {
  const status = useAppStore((state) => state.catalogStatus);
  const error = useAppStore((state) => state.catalogError);
  if (status === 'loading') return <p role="status">Loading frameworks…</p>;
  return (
    <div role="alert" className="notice notice-error">
      <h1>The frameworks could not be loaded</h1>
      <p>{error}</p>
      <p>Nothing you entered is affected. Reload the window to try again; if it keeps failing, reinstall Waymark.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
