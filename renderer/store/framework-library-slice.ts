/**
 * Bringing frameworks in and taking them out: a confirmed import becomes a new version (ratings on
 * reworded or removed statements flagged for a re-check), and an imported framework can be removed.
 */
import type { StateCreator } from 'zustand';
import type { Framework } from '../../shared/framework/schema';
import { bundledIdRefusal } from '../../shared/import/bundled-ids';
import { isSameContent, versionLabel, type VersionChanges } from '../../shared/import/framework-versions';
import { failSave } from '../db/workspace-error';
import { importedFrameworks, removeImportedFramework, storeFrameworkVersion } from '../db/imported-frameworks-repository';
import type { AppState } from './app-store';
import type { Write } from './session-slice';

export type ImportOutcome =
  { outcome: 'imported'; framework: Framework; changes: VersionChanges | undefined } | { outcome: 'identical' } | { outcome: 'failed' };

export interface FrameworkLibrarySlice {
  /** Stores a checked framework as a new version of its id (or its first). */
  importFrameworkVersion(framework: Framework, fileName: string): Promise<ImportOutcome>;
  removeFramework(id: string): Promise<boolean>;
}

type Slice = StateCreator<AppState, [], [], FrameworkLibrarySlice>;

export const createFrameworkLibrarySlice: Slice = (set, get) => {
  const write: Write = (run, options) => get().write(run, options);

  return {
    async importFrameworkVersion(framework, fileName) {
      const previous = get().frameworks.find((candidate) => candidate.id === framework.id);
      if (previous && isSameContent(previous, framework)) return { outcome: 'identical' };
      const earlier = get().importedVersions.filter((entry) => entry.id === framework.id);
      const revision = Math.max(0, ...earlier.map((entry) => entry.revision)) + 1;
      const labels = [...earlier.map((entry) => entry.framework.version), ...(previous ? [previous.version] : [])];
      const stored = { ...framework, version: versionLabel(framework, labels, revision) };
      let changes: VersionChanges | undefined;
      const ok = await write(async (db) => {
        const refusal = bundledIdRefusal(
          framework,
          get().bundledFrameworks,
          get().frameworks.map((candidate) => candidate.id),
        );
        if (refusal) failSave(`${framework.name} was not imported: ${refusal}.`);
        changes = await storeFrameworkVersion(
          db,
          { id: stored.id, revision, importedAt: new Date().toISOString(), fileName, framework: stored },
          previous,
        );
        get().setImportedVersions(await importedFrameworks(db));
      });
      if (!ok) return { outcome: 'failed' };
      // The open person's ratings may have been flagged: show them as stored.
      const open = get().openPersonId;
      if (open) await get().openPerson(open);
      return { outcome: 'imported', framework: stored, changes };
    },

    async removeFramework(id) {
      return write(async (db) => {
        await removeImportedFramework(db, id);
        get().setImportedVersions(await importedFrameworks(db));
      });
    },
  };
};
