/**
 * A store on a real (fake-indexeddb) workspace with "me" mapped to Frontend L4 and open, and the same
 * workspace opened again by a fresh store, for the store's tests.
 */
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { createAppStore } from '../../../../renderer/store/app-store';
import { loadCareerMap } from '../../resources/seed-data';
import { testDatabaseName } from '../db/workspace-test-database';

export const map = loadCareerMap();

/** A store with the bundled career map loaded, on the workspace `name`. */
async function storeOn(name: string) {
  const store = createAppStore();
  store.setState({ bundledFrameworks: [map], frameworks: [map], catalogStatus: 'ready' });
  await store.getState().attachWorkspace(() => openWorkspaceDatabase(name));
  return store;
}

export async function mappedStore(name = testDatabaseName()) {
  const store = await storeOn(name);
  const me = store.getState().people[0];
  if (!me) throw new Error('no "me" was created');
  await store.getState().changePerson(me.id, { target: { frameworkId: map.id, trackId: 'frontend' }, currentLevelId: 'L4' });
  await store.getState().openPerson(me.id);
  return { store, me, name };
}

/** The workspace `name` opened again, with the person open, as after a restart. */
export async function reopenedStore(name: string, personId: string) {
  const store = await storeOn(name);
  await store.getState().openPerson(personId);
  return store;
}
