/**
 * Which screen is open. The address bar mirrors it (see routes.ts and app/address-bar.ts).
 */
import type { StateCreator } from 'zustand';
import type { Route } from './routes';

export interface NavigationSlice {
  route: Route;
  navigate(route: Route): void;
}

export const createNavigationSlice: StateCreator<NavigationSlice, [], [], NavigationSlice> = (set) => ({
  route: { view: 'home' },
  navigate(route) {
    set({ route });
  },
});
