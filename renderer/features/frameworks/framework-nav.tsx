/**
 * The list of frameworks in the sidebar: each career map with its tracks, each role card by title.
 */
import { countWords } from '../../../shared/text/count-words';
import type { Route } from '../../store/routes';
import { routeToHash } from '../../store/routes';
import { useAppStore } from '../../store/app-store';

/** The track or card a route is showing, so its link can be marked as the current page. */
function currentTarget(route: Route): string | null {
  switch (route.view) {
    case 'career-map':
    case 'level-changes':
      return `${route.frameworkId}/${route.trackId}`;
    case 'role-card':
      return route.frameworkId;
    case 'home':
    case 'person':
    case 'backups':
    case 'team':
      return null;
  }
}

export function FrameworkNav() {
  const frameworks = useAppStore((state) => state.frameworks);
  const route = useAppStore((state) => state.route);
  const current = currentTarget(route);

  if (frameworks.length === 0) return null;
  return (
    <ul className="framework-list">
      {frameworks.map((framework) =>
        framework.kind === 'career-map' ? (
          <li key={framework.id}>
            <span className="framework-list-heading">{framework.name}</span>
            <ul>
              {framework.tracks.map((track) => {
                const target = `${framework.id}/${track.id}`;
                return (
                  <li key={track.id}>
                    <a
                      href={routeToHash({ view: 'career-map', frameworkId: framework.id, trackId: track.id })}
                      aria-current={current === target ? 'page' : undefined}
                    >
                      {track.name}
                      <span className="nav-meta">{countWords(track.levels.length, 'level')}</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </li>
        ) : (
          <li key={framework.id}>
            <span className="framework-list-heading">Role card</span>
            <ul>
              <li>
                <a
                  href={routeToHash({ view: 'role-card', frameworkId: framework.id })}
                  aria-current={current === framework.id ? 'page' : undefined}
                >
                  {framework.title}
                  <span className="nav-meta">
                    {framework.code} · {framework.status}
                  </span>
                </a>
              </li>
            </ul>
          </li>
        ),
      )}
    </ul>
  );
}
