/**
 * Where the person is in the app, as data, and its form in the address bar (#/…), so reload, back
 * and forward keep their place.
 */
export const personTabs = [
  'rate',
  'next-level',
  'compare',
  'gaps',
  'plan',
  'meetings',
  'history',
  'evidence',
  'documents',
  'profile',
] as const;
export type PersonTab = (typeof personTabs)[number];

export type Route =
  | { view: 'home' }
  | { view: 'backups' }
  | { view: 'team' }
  /** On the Plan tab, `goalId` names a goal to open (a link from the gap list or the next level). */
  | { view: 'person'; personId: string; tab: PersonTab; goalId?: string }
  | { view: 'career-map'; frameworkId: string; trackId: string }
  | { view: 'level-changes'; frameworkId: string; trackId: string; fromLevelId: string; toLevelId: string }
  | { view: 'role-card'; frameworkId: string };

/** What changes from one level of a track to another. */
export function levelChangesRoute(track: { frameworkId: string; trackId: string }, fromLevelId: string, toLevelId: string): Route {
  return { view: 'level-changes', ...track, fromLevelId, toLevelId };
}

const encode = (part: string) => encodeURIComponent(part);

export function routeToHash(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'backups':
      return '#/backups';
    case 'team':
      return '#/team';
    case 'person':
      return `#/people/${encode(route.personId)}/${route.tab}${route.tab === 'plan' && route.goalId ? `/${encode(route.goalId)}` : ''}`;
    case 'career-map':
      return `#/frameworks/${encode(route.frameworkId)}/tracks/${encode(route.trackId)}`;
    case 'level-changes':
      return `#/frameworks/${encode(route.frameworkId)}/tracks/${encode(route.trackId)}/changes/${encode(route.fromLevelId)}/${encode(route.toLevelId)}`;
    case 'role-card':
      return `#/frameworks/${encode(route.frameworkId)}`;
  }
}

function isPersonTab(value: string | undefined): value is PersonTab {
  return personTabs.some((tab) => tab === value);
}

function frameworkRoute(parts: string[]): Route {
  const [, frameworkId, tracks, trackId, changes, fromLevelId, toLevelId] = parts;
  if (!frameworkId) return { view: 'home' };
  if (parts.length === 2) return { view: 'role-card', frameworkId };
  if (tracks !== 'tracks' || !trackId) return { view: 'home' };
  if (parts.length === 4) return { view: 'career-map', frameworkId, trackId };
  if (changes === 'changes' && fromLevelId && toLevelId && parts.length === 7) {
    return { view: 'level-changes', frameworkId, trackId, fromLevelId, toLevelId };
  }
  return { view: 'home' };
}

/** Unknown or malformed addresses lead home rather than to an error. */
export function routeFromHash(hash: string): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { view: 'home' };
  }
  const [root, personId, tab, goalId] = parts;
  if (root === 'frameworks') return frameworkRoute(parts);
  if (root === 'backups' && parts.length === 1) return { view: 'backups' };
  if (root === 'team' && parts.length === 1) return { view: 'team' };
  if (root === 'people' && personId && parts.length <= 3) {
    return { view: 'person', personId, tab: isPersonTab(tab) ? tab : 'rate' };
  }
  if (root === 'people' && personId && tab === 'plan' && goalId && parts.length === 4) return { view: 'person', personId, tab, goalId };
  return { view: 'home' };
}
