/**
 * The frameworks the app offers: the bundled ones, loaded once at start through the platform, and
 * the newest version of each framework imported into the workspace (which takes the place of a
 * bundled framework with the same id).
 */
import type { StateCreator } from 'zustand';
import type { Framework } from '../../shared/framework/schema';
import type { FrameworkProblem } from '../../shared/framework/catalog';
import type { ImportedFramework } from '../../shared/workspace/schema';
import { latestVersions } from '../db/imported-frameworks-repository';
import type { Platform } from '../platform/platform';
import { errorMessage } from '../../shared/errors/error-message';

export type CatalogStatus = 'loading' | 'ready' | 'failed';

export interface CatalogSlice {
  catalogStatus: CatalogStatus;
  bundledFrameworks: Framework[];
  /** The newest imported version of each framework, by id (earlier versions stay on disk only). */
  importedFrameworks: ImportedFramework[];
  /** What the screens offer: bundled and imported, one (the newest) per id. */
  frameworks: Framework[];
  frameworkProblems: FrameworkProblem[];
  /** Why loading failed as a whole (as opposed to one file being broken). */
  catalogError: string | null;
  loadCatalog(platform: Pick<Platform, 'loadFrameworks'>): Promise<void>;
  setImportedFrameworks(newest: ImportedFramework[]): void;
}

export function offeredFrameworks(bundled: readonly Framework[], imported: readonly ImportedFramework[]): Framework[] {
  const newest = new Map(latestVersions(imported).map((entry) => [entry.id, entry.framework]));
  const replaced = bundled.map((framework) => newest.get(framework.id) ?? framework);
  const added = [...newest.values()].filter((framework) => !bundled.some((candidate) => candidate.id === framework.id));
  return [...replaced, ...added];
}

export const createCatalogSlice: StateCreator<CatalogSlice, [], [], CatalogSlice> = (set, get) => ({
  catalogStatus: 'loading',
  bundledFrameworks: [],
  importedFrameworks: [],
  frameworks: [],
  frameworkProblems: [],
  catalogError: null,
  async loadCatalog(platform) {
    set({ catalogStatus: 'loading', catalogError: null });
    try {
      const catalog = await platform.loadFrameworks();
      set({
        catalogStatus: 'ready',
        bundledFrameworks: catalog.frameworks,
        frameworks: offeredFrameworks(catalog.frameworks, get().importedFrameworks),
        frameworkProblems: catalog.problems,
      });
    } catch (error) {
      const reason = errorMessage(error);
      set({ catalogStatus: 'failed', catalogError: reason });
    }
  },
  setImportedFrameworks(newest) {
    set({ importedFrameworks: newest, frameworks: offeredFrameworks(get().bundledFrameworks, newest) });
  },
});
