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

/** Waits as whenStartAnswered does, then opens where home leads: the first screen is drawn there, not at home first. */
export async function readyForFirstScreen(store: Pick<AppStore, 'getState' | 'subscribe'>, patienceMs = 400): Promise<void> {
  await whenStartAnswered(store, patienceMs);
  const destination = homeDestination(store.getState());
  if (destination) store.getState().navigate(destination);
}
