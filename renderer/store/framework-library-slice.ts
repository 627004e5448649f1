/**
 * Bringing frameworks in and taking them out: a confirmed import becomes a new version (ratings on
 * reworded or removed statements flagged for a re-check), and an imported framework can be removed.
 */
import type { StateCreator } from 'zustand';
import type { Framework } from '../../shared/framework/schema';
import { bundledIdRefusal } from '../../shared/import/bundled-ids';
import { versionLabel, type VersionChanges } from '../../shared/import/framework-versions';
import type { ImportedFramework } from '../../shared/workspace/schema';
import { failSave } from '../db/workspace-error';
import {
  byIdThenRevision,
  newestImportedFrameworks,
  removeImportedFramework,
  storedRevisionsOf,
  type NewVersion,
} from '../db/imported-frameworks-repository';
import type { WorkspaceDatabase } from '../db/workspace-database';
import type { AppState } from './app-store';
import type { Write } from './session-slice';

export type ImportOutcome =
  { outcome: 'imported'; framework: Framework; changes: VersionChanges | undefined } | { outcome: 'identical' } | { outcome: 'failed' };

/**
 * A framework read from a file and checked, kept where it was read (the import worker) until it is
 * stored: the window holds only what the preview shows, and never checks or copies the whole of it.
 */
export interface CheckedFrameworkImport {
  /** The framework's id, name and version as the file gives them. */
  header: Pick<Framework, 'id' | 'name' | 'version'>;
  /** The version here it was compared with when it was read (none for a new framework). */
  comparedWith: Framework | undefined;
  /** Whether it holds exactly what `comparedWith` holds. */
  identical: boolean;
  /**
   * Stores it under `entry` as a new version — checked against the schema and written in one
   * transaction with the re-check flags of `comparedWith`'s ratings — and resolves to what was stored.
   */
  storeInto(db: WorkspaceDatabase, entry: NewVersion): Promise<{ stored: ImportedFramework; changes: VersionChanges | undefined }>;
}

export interface FrameworkLibrarySlice {
  /** Stores a checked framework as a new version of its id (or its first). */
  importFrameworkVersion(checked: CheckedFrameworkImport, fileName: string): Promise<ImportOutcome>;
  removeFramework(id: string): Promise<boolean>;
}

type Slice = StateCreator<AppState, [], [], FrameworkLibrarySlice>;

export const createFrameworkLibrarySlice: Slice = (set, get) => {
  const write: Write = (run, options) => get().write(run, options);

  return {
    async importFrameworkVersion(checked, fileName) {
      const { header } = checked;
      const previous = get().frameworks.find((candidate) => candidate.id === header.id);
      const current = previous === checked.comparedWith;
      if (current && checked.identical) return { outcome: 'identical' };
      let imported: { stored: ImportedFramework; changes: VersionChanges | undefined } | undefined;
      const ok = await write(async (db) => {
        const refusal = bundledIdRefusal(
          header,
          get().bundledFrameworks,
          get().frameworks.map((candidate) => candidate.id),
        );
        if (refusal) failSave(`${header.name} was not imported: ${refusal}.`);
        // The comparison the preview showed, and the ratings flagged, are against the version read with the file.
        if (!current) failSave(`${header.name} was not imported: it changed here while the file was open. Import the file again.`);
        // Only the newest version of each is in memory: the earlier ones number and label this one.
        const earlier = await storedRevisionsOf(db, header.id);
        const revision = Math.max(0, ...earlier.revisions) + 1;
        const labels = [...earlier.labels, ...(previous ? [previous.version] : [])];
        imported = await checked.storeInto(db, {
          revision,
          importedAt: new Date().toISOString(),
          fileName,
          version: versionLabel(header, labels, revision),
        });
        const { stored } = imported;
        // What was just stored is known, and now the newest of its id: no need to read back and check it again.
        get().setImportedFrameworks([...get().importedFrameworks.filter((entry) => entry.id !== stored.id), stored].sort(byIdThenRevision));
      });
      if (!ok || !imported) return { outcome: 'failed' };
      // The open person's ratings may have been flagged: show them as stored.
      const open = get().openPersonId;
      if (open) await get().openPerson(open);
      return { outcome: 'imported', framework: imported.stored.framework, changes: imported.changes };
    },

    async removeFramework(id) {
      return write(async (db) => {
        await removeImportedFramework(db, id);
        get().setImportedFrameworks(await newestImportedFrameworks(db));
      });
    },
  };
};
