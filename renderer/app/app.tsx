/**
 * The window's frame: header, the framework list, and the open screen.
 */
import { useEffect, useRef } from 'react';
import { ReloadAdvice } from '../components/part-boundary';
import { FrameworkNav, FrameworkProblems, ImportFramework } from '../features/frameworks';
import { PeopleNav, SaveProblem } from '../features/people';
import { LockNotice, UnlockScreen } from '../features/lock';
import { useAppStore } from '../store/app-store';
import { homeDestination } from '../store/selectors';
import { useNarrowSidebar } from './narrow-sidebar';
import { RouteView } from './route-view';
import { SaveStatus } from './save-status';

function focusMain() {
  document.getElementById('main')?.focus();
}

export function App() {
  const status = useAppStore((state) => state.catalogStatus);
  const workspaceStatus = useAppStore((state) => state.workspaceStatus);
  const frameworks = useAppStore((state) => state.frameworks);
  const people = useAppStore((state) => state.people);
  const route = useAppStore((state) => state.route);
  const navigate = useAppStore((state) => state.navigate);
  const sidebarButton = useRef<HTMLButtonElement>(null);
  const sidebarBox = useRef<HTMLDivElement>(null);
  const sidebar = useNarrowSidebar(sidebarButton, sidebarBox);

  // "Home" opens your own map, or the first framework (the first screen is drawn there already: first-render.ts).
  useEffect(() => {
    const destination = homeDestination({ route, catalogStatus: status, workspaceStatus, frameworks, people });
    if (destination) navigate(destination);
  }, [route, frameworks, people, status, workspaceStatus, navigate]);

  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={focusMain}>
        Skip to content
      </button>
      <header className="app-header">
        <img className="app-logo" src="./icon.svg" alt="" width="28" height="28" />
        <span className="app-name">Waymark</span>
        <span className="app-tagline">Your career map, kept on this computer</span>
        <SaveStatus />
        <button
          type="button"
          ref={sidebarButton}
          className="button-secondary sidebar-toggle"
          aria-expanded={sidebar.open}
          aria-controls="sidebar"
          onClick={sidebar.toggle}
        >
          People and frameworks
        </button>
      </header>
      <div id="sidebar" ref={sidebarBox} className={sidebar.open ? 'sidebar sidebar-open' : 'sidebar'} onKeyDown={sidebar.onKeyDown}>
        <nav aria-label="People">
          <PeopleNav />
        </nav>
        <nav aria-label="Frameworks">
          <FrameworkNav />
        </nav>
        {workspaceStatus === 'ready' ? <ImportFramework /> : null}
      </div>
      <main id="main" className="main" tabIndex={-1}>
        <SaveProblem />
        <LockNotice />
        <FrameworkProblems />
        <WorkspaceProblem />
        {workspaceStatus === 'locked' ? <UnlockScreen /> : status === 'ready' ? <RouteView /> : <CatalogStatusMessage />}
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
      <ReloadAdvice />
    </div>
  );
}

function WorkspaceProblem() {
  const error = useAppStore((state) => state.workspaceError);
  if (!error) return null;
  return (
    <div role="alert" className="notice notice-error">
      <h2>Your workspace could not be opened</h2>
      <p>{error}</p>
      <p>The frameworks can still be browsed. Nothing was changed or deleted.</p>
    </div>
  );
}
