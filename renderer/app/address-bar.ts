/**
 * Keeps the address bar and the open screen in step: the address picks the screen at start and on
 * back/forward, and every move to another screen shows in the address, so reload keeps the place.
 */
import type { AppStore } from '../store/app-store';
import { routeFromHash, routeToHash } from '../store/routes';

export function syncAddressBar(store: AppStore): void {
  store.getState().navigate(routeFromHash(window.location.hash));
  window.addEventListener('hashchange', () => {
    const route = routeFromHash(window.location.hash);
    if (routeToHash(route) !== routeToHash(store.getState().route)) store.getState().navigate(route);
  });
  store.subscribe((state, previous) => {
    if (state.route === previous.route) return;
    const hash = routeToHash(state.route);
    if (window.location.hash === hash) return;
    // Home is never a place of its own: it leads on to your map or the first framework. The screen it
    // leads to takes its place in the history, so Back leaves Waymark instead of landing on home, which
    // would lead on again.
    if (previous.route.view === 'home') window.history.replaceState(window.history.state, '', hash);
    else window.location.hash = hash;
  });
}
