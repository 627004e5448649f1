/**
 * Shows the screen the route names, or says plainly that it does not exist.
 */
import { useEffect, useRef } from 'react';
import { CareerMapScreen, LevelChangesScreen } from '../features/career-map';
import { BackupsScreen } from '../features/backups';
import { PersonScreen } from '../features/people';
import { RoleCardScreen } from '../features/role-card';
import { TeamScreen } from '../features/team';
import { useAppStore } from '../store/app-store';
import { findCareerMapTrack, findRoleCard } from '../store/selectors';
import { routeToHash } from '../store/routes';

export function RouteView() {
  const route = useAppStore((state) => state.route);
  const frameworks = useAppStore((state) => state.frameworks);
  const hash = routeToHash(route);
  const previousHash = useRef(hash);

  // Moving to another screen moves focus to its heading, so keyboard and screen-reader users land there.
  // Not when the app first opens (home leads on to the first framework): focus starts at the top then.
  useEffect(() => {
    const cameFrom = previousHash.current;
    if (cameFrom === hash) return;
    previousHash.current = hash;
    if (cameFrom === routeToHash({ view: 'home' })) return;
    // In the next frame, when the browser lays the new screen out anyway: focusing now, inside React's
    // commit, would force a layout of the whole screen on the spot. preventScroll: the screen opens at its top.
    const frame = requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [hash]);

  switch (route.view) {
    case 'home':
      return frameworks.length === 0 ? <NotFound what="No frameworks are available." /> : null;
    case 'person':
      return <PersonScreen personId={route.personId} tab={route.tab} />;
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
