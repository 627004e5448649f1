/**
 * The renderer's one store, built from typed slices. Components select single values (or use
 * useShallow) so a change elsewhere does not re-render them.
 */
import { create } from 'zustand';
import { createBackupSlice, type BackupSlice } from './backup-slice';
import { createCatalogSlice, type CatalogSlice } from './catalog-slice';
import { createExchangeSlice, type ExchangeSlice } from './exchange-slice';
import { createFrameworkLibrarySlice, type FrameworkLibrarySlice } from './framework-library-slice';
import { createLockSlice, type LockSlice } from './lock-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createOutsideRequestSlice, type OutsideRequestSlice } from './outside-request-slice';
import { createPlanSlice, type PlanSlice } from './plan-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createPeopleSlice, type PeopleSlice } from './people-slice';
import { createTeamSlice, type TeamSlice } from './team-slice';

export type AppState = SessionSlice &
  CatalogSlice &
  NavigationSlice &
  PeopleSlice &
  PlanSlice &
  FrameworkLibrarySlice &
  BackupSlice &
  LockSlice &
  OutsideRequestSlice &
  TeamSlice &
  ExchangeSlice;

/** A fresh store; the app uses one (below), tests make their own. */
export function createAppStore() {
  return create<AppState>()((...args) => ({
    ...createSessionSlice(...args),
    ...createCatalogSlice(...args),
    ...createNavigationSlice(...args),
    ...createPeopleSlice(...args),
    ...createPlanSlice(...args),
    ...createFrameworkLibrarySlice(...args),
    ...createBackupSlice(...args),
    ...createLockSlice(...args),
    ...createOutsideRequestSlice(...args),
    ...createTeamSlice(...args),
    ...createExchangeSlice(...args),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

export const useAppStore = createAppStore();
