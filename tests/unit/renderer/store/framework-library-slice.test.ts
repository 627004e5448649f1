/**
 * Through the store, on a real (fake-indexeddb) workspace: an import stores a whole framework or
 * nothing, whatever the file holds.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newestImportedFrameworks, storeImportedFramework } from '../../../../renderer/db/imported-frameworks-repository';
import { openWorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { createAppStore } from '../../../../renderer/store/app-store';
import type { CheckedFrameworkImport } from '../../../../renderer/store/framework-library-slice';
import { frameworkSchema, type Framework } from '../../../../shared/framework/schema';
import { isSameContent } from '../../../../shared/import/framework-versions';
import { frameworkToCsv } from '../../../../shared/import/export-framework';
import { importFramework } from '../../../../shared/import/import-framework';
import { loadCareerMap } from '../../resources/seed-data';
import { testDatabaseName } from '../db/workspace-test-database';

/**
 * A framework read from a file as the import worker hands it over, stored by the same repository
 * function the worker calls (the worker only carries it; tests/e2e/import-framework.spec.ts covers it).
 */
function checked(framework: Framework, here: readonly Framework[]): CheckedFrameworkImport {
  const comparedWith = here.find((candidate) => candidate.id === framework.id);
  return {
    header: framework,
    comparedWith,
    identical: comparedWith ? isSameContent(comparedWith, framework) : false,
    storeInto: (db, version) => storeImportedFramework(db, framework, version, comparedWith),
  };
}

const original = frameworkToCsv({ ...loadCareerMap(), id: 'imported-map', name: 'Imported map' });

describe('importing through the store', () => {
  it('stores either the whole framework or nothing', async () => {
    const store = createAppStore();
    await store.getState().attachWorkspace(() => openWorkspaceDatabase(testDatabaseName()));
    const db = store.getState().db;
    if (!db) throw new Error('no workspace');
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: original.length }), fc.nat({ max: original.length }), async (cut, drop) => {
        await db.importedFrameworks.clear();
        store.getState().setImportedFrameworks([]);
        const text = original.slice(0, cut) + original.slice(Math.min(original.length, cut + (drop % 40)));
        const result = importFramework('map.csv', text);
        if (result.ok) await store.getState().importFrameworkVersion(checked(result.framework, store.getState().frameworks), 'map.csv');
        const stored = await newestImportedFrameworks(db);
        if (!result.ok) {
          expect(stored).toEqual([]);
        } else {
          expect(stored).toHaveLength(1);
          expect(frameworkSchema.parse(stored[0]?.framework)).toEqual(result.framework);
        }
      }),
      { numRuns: 60 },
    );
    db.close();
  });

  it('offers an imported framework beside the bundled ones, newest version first', async () => {
    const store = createAppStore();
    store.setState({ bundledFrameworks: [loadCareerMap()] });
    await store.getState().attachWorkspace(() => openWorkspaceDatabase(testDatabaseName()));
    const result = importFramework('map.csv', original);
    if (!result.ok) throw new Error('the exported map did not import');
    await store.getState().importFrameworkVersion(checked(result.framework, store.getState().frameworks), 'map.csv');
    await store
      .getState()
      .importFrameworkVersion(checked({ ...result.framework, name: 'Imported map, revised' }, store.getState().frameworks), 'map.csv');
    expect(store.getState().frameworks.map((framework) => [framework.id, framework.name, framework.version])).toEqual([
      ['career-map-infrastructure-frontend', 'Career map: Infrastructure and Frontend', '1'],
      ['imported-map', 'Imported map, revised', '1 (revision 2)'],
    ]);
    expect(
      await store
        .getState()
        .importFrameworkVersion(
          checked({ ...result.framework, name: 'Imported map, revised', version: '1 (revision 2)' }, store.getState().frameworks),
          'map.csv',
        ),
    ).toEqual({
      outcome: 'identical',
    });
    store.getState().db?.close();
  });
});

describe('importing again after a restart', () => {
  it('numbers and labels the new version after every one stored, though only the newest was read at start', async () => {
    const name = testDatabaseName();
    const result = importFramework('map.csv', original);
    if (!result.ok) throw new Error('the exported map did not import');
    const first = createAppStore();
    await first.getState().attachWorkspace(() => openWorkspaceDatabase(name));
    await first.getState().importFrameworkVersion(checked(result.framework, first.getState().frameworks), 'map.csv');
    const renamed = { ...result.framework, name: 'Imported map, 改訂', version: '2' };
    await first.getState().importFrameworkVersion(checked(renamed, first.getState().frameworks), 'map.csv');
    first.getState().db?.close();

    const restarted = createAppStore();
    await restarted.getState().attachWorkspace(() => openWorkspaceDatabase(name));
    expect(restarted.getState().importedFrameworks.map((entry) => [entry.revision, entry.framework.version])).toEqual([[2, '2']]);
    // A file labelled as the first version was, with new words.
    const again = { ...result.framework, name: 'Imported map 🌱', version: '1' };
    await restarted.getState().importFrameworkVersion(checked(again, restarted.getState().frameworks), 'map.csv');

    const db = restarted.getState().db;
    if (!db) throw new Error('no workspace');
    expect((await newestImportedFrameworks(db)).map((entry) => [entry.revision, entry.framework.name, entry.framework.version])).toEqual([
      [3, 'Imported map 🌱', '1 (revision 3)'],
    ]);
    expect(restarted.getState().importedFrameworks.map((entry) => entry.revision)).toEqual([3]);
    expect(restarted.getState().frameworks.find((framework) => framework.id === 'imported-map')?.version).toBe('1 (revision 3)');
    db.close();
  });
});

describe('a framework with a bundled framework’s id', () => {
  it('is refused with an id to use instead, and nothing is stored', async () => {
    const store = createAppStore();
    const bundled = loadCareerMap();
    store.setState({ bundledFrameworks: [bundled] });
    store.getState().setImportedFrameworks([]);
    await store.getState().attachWorkspace(() => openWorkspaceDatabase(testDatabaseName()));
    const db = store.getState().db;
    if (!db) throw new Error('no workspace');

    const outcome = await store
      .getState()
      .importFrameworkVersion(checked({ ...bundled, name: 'My edited copy' }, store.getState().frameworks), 'copy.json');

    expect(outcome).toEqual({ outcome: 'failed' });
    expect(store.getState().saveProblem?.message).toBe(
      `My edited copy was not imported: its id "${bundled.id}" is the id of ${bundled.name}, which ships with Waymark and cannot be replaced by an import. Give your copy an id of its own, for example "${bundled.id}-own" (the id field in JSON or YAML, the "framework id" column in a spreadsheet), and import it again.`,
    );
    expect(store.getState().saveProblem?.retry).toBeUndefined();
    expect(await newestImportedFrameworks(db)).toEqual([]);
    db.close();
  });
});
