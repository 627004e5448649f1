/**
 * Shows the screen the route names, or says plainly that it does not exist.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { PartBoundary } from '../components/part-boundary';
import { PersonScreen } from '../features/people';
import { useAppStore } from '../store/app-store';
import { findCareerMapTrack, findRoleCard } from '../store/selectors';
import { routeToHash, type Route } from '../store/routes';
import type { Framework } from '../../shared/framework/schema';
import { BackupsScreen, CareerMapScreen, LevelChangesScreen, RoleCardScreen, TeamScreen } from './lazy-screens';

export function RouteView() {
  const route = useAppStore((state) => state.route);
  const frameworks = useAppStore((state) => state.frameworks);
  const hash = routeToHash(route);
  const previousHash = useRef(hash);
  const previousRoute = useRef(route);
  // Drawn at home ("Loading…", a start slower than its patience): the way on from there is the start's.
  const startsAtHome = useRef(route.view === 'home');

  // Moving to another screen moves focus to its heading, so keyboard and screen-reader users land there.
  // Not when the app first opens (home leads on to the first screen): focus starts at the top then; but
  // home reached later (a person removed) leads on to a screen that takes focus like any other;
  // nor when another tab of the same person opens: focus stays in the tab list, as tabs expect.
  useEffect(() => {
    const cameFrom = previousHash.current;
    const cameFromRoute = previousRoute.current;
    if (cameFrom === hash) return;
    previousHash.current = hash;
    previousRoute.current = route;
    const startLeadingOn = startsAtHome.current;
    startsAtHome.current = false;
    if (cameFrom === routeToHash({ view: 'home' }) && startLeadingOn) return;
    if (cameFromRoute.view === 'person' && route.view === 'person' && cameFromRoute.personId === route.personId) return;
    // In the next frame, when the browser lays the new screen out anyway: focusing now, inside React's
    // commit, would force a layout of the whole screen on the spot. preventScroll: the screen opens at its top.
    // The first heading that can take focus: a screen loaded the first time it is shown draws its
    // heading a moment later, while the last screen's is still in the page, hidden.
    const focusHeading = () => {
      for (const heading of document.querySelectorAll<HTMLElement>('main h1')) {
        heading.focus({ preventScroll: true });
        if (document.activeElement === heading) return true;
      }
      return false;
    };
    const main = document.querySelector('main');
    const appears = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // Not once the person has gone on into the screen themselves.
        if (main?.contains(document.activeElement) || focusHeading()) appears.disconnect();
      });
    });
    let frame = requestAnimationFrame(() => {
      if (!focusHeading() && main) appears.observe(main, { childList: true, subtree: true });
    });
    return () => {
      cancelAnimationFrame(frame);
      appears.disconnect();
    };
  }, [hash, route]);

  // Another screen draws again a screen that broke (the person screen's tabs have their own boundary).
  return (
    <PartBoundary what="This screen" scope="screen" resetKey={route.view === 'person' ? `person/${route.personId}` : hash}>
      {screen(route, frameworks)}
    </PartBoundary>
  );
}

/** The screen a route names. */
function screen(route: Route, frameworks: readonly Framework[]): ReactNode {
  switch (route.view) {
    case 'home':
      return frameworks.length === 0 ? <NotFound what="No frameworks are available." /> : null;
    case 'person':
      return <PersonScreen personId={route.personId} tab={route.tab} goalId={route.goalId} />;
    case 'backups':
      return <BackupsScreen />;
    case 'team':
      return <TeamScreen />;
    case 'career-map': {
      const found = findCareerMapTrack(frameworks, route.frameworkId, route.trackId);
      return found ? <CareerMapScreen map={found.map} track={found.track} /> : <NotFound what="That track does not exist." />;
    }
    case 'level-changes': {
      const found = findCareerMapTrack(frameworks, route.frameworkId, route.trackId);
      return found ? (
        <LevelChangesScreen map={found.map} track={found.track} fromLevelId={route.fromLevelId} toLevelId={route.toLevelId} />
      ) : (
        <NotFound what="That track does not exist." />
      );
    }
    case 'role-card': {
      const card = findRoleCard(frameworks, route.frameworkId);
      return card ? <RoleCardScreen card={card} /> : <NotFound what="That framework does not exist." />;
    }
  }
}

function NotFound({ what }: { what: string }) {
  return (
    <div className="notice">
      <h1 tabIndex={-1}>Not found</h1>
      <p>{what} Choose a framework from the list.</p>
    </div>
  );
}
