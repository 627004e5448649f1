/**
 * When to draw the first screen: once the frameworks and the workspace have answered (or the workspace
 * asks for its passphrase), so the screen is laid out once with what it shows, rather than as an empty
 * frame first and again after each answer. A start slower than `patienceMs` draws what it has then: the
 * loading message.
 */
import type { AppState, AppStore } from '../store/app-store';
import { homeDestination } from '../store/selectors';

function answered(state: AppState): boolean {
  return state.catalogStatus !== 'loading' && state.workspaceStatus !== 'opening';
}

export function whenStartAnswered(store: Pick<AppStore, 'getState' | 'subscribe'>, patienceMs = 400): Promise<void> {
  if (answered(store.getState())) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve();
    };
    const unsubscribe = store.subscribe((state) => {
      if (answered(state)) done();
    });
    const timer = setTimeout(done, patienceMs);
  });
}

/**
 * Waits as whenStartAnswered does, then opens where home leads: the first screen is drawn there, not at
 * home first. A person's screen waits for their data too (ratings, evidence, plan), so it is not drawn
 * with "Loading…" and again a moment later; within the same patience, counted from the start.
 */
export async function readyForFirstScreen(store: Pick<AppStore, 'getState' | 'subscribe'>, patienceMs = 400): Promise<void> {
  const deadline = performance.now() + patienceMs;
  await whenStartAnswered(store, patienceMs);
  const destination = homeDestination(store.getState());
  if (destination) store.getState().navigate(destination);
  const { route, db, people, openPersonForFirstScreen } = store.getState();
  if (route.view !== 'person' || !db || !people.some((person) => person.id === route.personId)) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const patience = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - performance.now()))));
  // A read that fails is tried again by their screen as it is drawn.
  await Promise.race([openPersonForFirstScreen(route.personId).catch(() => undefined), patience]);
  clearTimeout(timer);
}
