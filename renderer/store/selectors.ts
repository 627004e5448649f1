/**
 * Small read-only lookups over the store, shared by the screens.
 */
import type { CareerMap, Framework, RoleCard, Track } from '../../shared/framework/schema';
import type { AppState } from './app-store';
import type { Route } from './routes';

export function findFramework(frameworks: readonly Framework[], id: string): Framework | undefined {
  return frameworks.find((framework) => framework.id === id);
}

export function findCareerMapTrack(
  frameworks: readonly Framework[],
  frameworkId: string,
  trackId: string,
): { map: CareerMap; track: Track } | undefined {
  const framework = findFramework(frameworks, frameworkId);
  if (framework?.kind !== 'career-map') return undefined;
  const track = framework.tracks.find((candidate) => candidate.id === trackId);
  return track ? { map: framework, track } : undefined;
}

export function findRoleCard(frameworks: readonly Framework[], frameworkId: string): RoleCard | undefined {
  const framework = findFramework(frameworks, frameworkId);
  return framework?.kind === 'role-card' ? framework : undefined;
}

/** Where a framework opens: a career map on its first track, a role card on itself. */
export function frameworkLandingRoute(framework: Framework): Route {
  if (framework.kind === 'role-card') return { view: 'role-card', frameworkId: framework.id };
  const [first] = framework.tracks;
  return first ? { view: 'career-map', frameworkId: framework.id, trackId: first.id } : { view: 'home' };
}

/**
 * Where "home" leads ("Home" is not a screen of its own): your own map, or the first framework if the
 * workspace is unavailable. Undefined while the start has not answered, or when the route is not home.
 */
export function homeDestination(
  state: Pick<AppState, 'route' | 'catalogStatus' | 'workspaceStatus' | 'frameworks' | 'people'>,
): Route | undefined {
  const { route, catalogStatus, workspaceStatus, frameworks, people } = state;
  if (route.view !== 'home' || catalogStatus !== 'ready' || workspaceStatus === 'opening' || workspaceStatus === 'locked') return undefined;
  const me = people.find((person) => person.relationship === 'me');
  const [first] = frameworks;
  if (me) return { view: 'person', personId: me.id, tab: 'rate' };
  return first ? frameworkLandingRoute(first) : undefined;
}
