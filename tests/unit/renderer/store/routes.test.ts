import { describe, expect, it } from 'vitest';
import { levelChangesRoute, routeFromHash, routeToHash, type Route } from '../../../../renderer/store/routes';

describe('routes', () => {
  const routes: Route[] = [
    { view: 'home' },
    { view: 'backups' },
    { view: 'career-map', frameworkId: 'map', trackId: 'frontend' },
    { view: 'level-changes', frameworkId: 'map', trackId: 'frontend', fromLevelId: 'L4', toLevelId: 'L5' },
    { view: 'role-card', frameworkId: 'card' },
    { view: 'career-map', frameworkId: 'odd/id', trackId: 'a b' },
    { view: 'person', personId: 'b6a1-4c', tab: 'rate' },
    { view: 'person', personId: 'b6a1-4c', tab: 'history' },
    { view: 'person', personId: 'b6a1-4c', tab: 'plan' },
    { view: 'person', personId: 'b6a1-4c', tab: 'plan', goalId: 'goal/7 ✓' },
    { view: 'person', personId: 'b6a1-4c', tab: 'meetings' },
  ];

  it.each(routes)('round-trips %o through the address bar', (route) => {
    expect(routeFromHash(routeToHash(route))).toEqual(route);
  });

  it('opens a person’s ratings when the tab is missing or unknown', () => {
    expect(routeFromHash('#/people/p1')).toEqual({ view: 'person', personId: 'p1', tab: 'rate' });
    expect(routeFromHash('#/people/p1/nonsense')).toEqual({ view: 'person', personId: 'p1', tab: 'rate' });
  });

  it('names a goal only on the Plan tab', () => {
    expect(routeToHash({ view: 'person', personId: 'p1', tab: 'history', goalId: 'g1' })).toBe('#/people/p1/history');
    expect(routeFromHash('#/people/p1/history/g1')).toEqual({ view: 'home' });
  });

  it.each([
    '',
    '#',
    '#/people',
    '#/people/p1/rate/extra',
    '#/people/p1/plan/g1/extra',
    '#/nowhere',
    '#/frameworks/map/tracks',
    '#/frameworks/map/tracks/t/changes/L1',
    '#/frameworks/%E0%A4%A',
  ])('leads %j home', (hash) => {
    expect(routeFromHash(hash)).toEqual({ view: 'home' });
  });
});

describe('levelChangesRoute', () => {
  it('names what changes between two levels of a track, and reads back from its address', () => {
    const route = levelChangesRoute({ frameworkId: 'map/1', trackId: 'front end' }, 'L4', 'L5');
    expect(routeToHash(route)).toBe('#/frameworks/map%2F1/tracks/front%20end/changes/L4/L5');
    expect(routeFromHash(routeToHash(route))).toEqual(route);
  });
});
