/**
 * The frameworks the app offers, loaded once at start through the platform.
 */
import type { StateCreator } from 'zustand';
import type { Framework } from '../../shared/framework/schema';
import type { FrameworkProblem } from '../../shared/framework/catalog';
import type { Platform } from '../platform/platform';

export type CatalogStatus = 'loading' | 'ready' | 'failed';

export interface CatalogSlice {
  catalogStatus: CatalogStatus;
  frameworks: Framework[];
  frameworkProblems: FrameworkProblem[];
  /** Why loading failed as a whole (as opposed to one file being broken). */
  catalogError: string | null;
  loadCatalog(platform: Platform): Promise<void>;
}

export const createCatalogSlice: StateCreator<CatalogSlice, [], [], CatalogSlice> = (set) => ({
  catalogStatus: 'loading',
  frameworks: [],
  frameworkProblems: [],
  catalogError: null,
  async loadCatalog(platform) {
    set({ catalogStatus: 'loading', catalogError: null });
    try {
      const catalog = await platform.loadFrameworks();
      set({ catalogStatus: 'ready', frameworks: catalog.frameworks, frameworkProblems: catalog.problems });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      set({ catalogStatus: 'failed', catalogError: reason });
    }
  },
});
