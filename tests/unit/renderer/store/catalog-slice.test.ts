/**
 * The frameworks the app offers: the bundled ones, with the newest imported version of each id in
 * place of a bundled one of the same id, and imported ones of new ids after them.
 */
import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createCatalogSlice, offeredFrameworks } from '../../../../renderer/store/catalog-slice';
import type { FrameworkCatalog } from '../../../../shared/framework/catalog';
import type { Framework } from '../../../../shared/framework/schema';
import type { ImportedFramework } from '../../../../shared/workspace/schema';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';

const map = loadCareerMap();
const card = loadRoleCard();

function imported(framework: Framework, revision: number): ImportedFramework {
  return {
    id: framework.id,
    revision,
    importedAt: `2026-11-0${revision}T09:00:00.000Z`,
    fileName: `${framework.id}.json`,
    framework: { ...framework, version: `${framework.version} (import ${revision})` },
  };
}

const versions = (frameworks: Framework[]) => frameworks.map((framework) => [framework.id, framework.version]);

describe('offeredFrameworks', () => {
  it.each<[string, Framework[], ImportedFramework[], [string, string][]]>([
    [
      'only the bundled ones',
      [map, card],
      [],
      [
        [map.id, map.version],
        [card.id, card.version],
      ],
    ],
    [
      'an import of a bundled id takes its place, where it was',
      [map, card],
      [imported(map, 1)],
      [
        [map.id, `${map.version} (import 1)`],
        [card.id, card.version],
      ],
    ],
    [
      'the newest revision wins, whatever order they come in',
      [map],
      [imported(map, 2), imported(map, 3), imported(map, 1)],
      [[map.id, `${map.version} (import 3)`]],
    ],
    [
      'imports of new ids follow the bundled ones',
      [card],
      [imported({ ...map, id: 'my-map' }, 1)],
      [
        [card.id, card.version],
        ['my-map', `${map.version} (import 1)`],
      ],
    ],
    ['imports alone, with nothing bundled', [], [imported(card, 1)], [[card.id, `${card.version} (import 1)`]]],
  ])('%s', (_, bundled, imports, expected) => {
    expect(versions(offeredFrameworks(bundled, imports))).toEqual(expected);
  });
});

describe('loading the catalog', () => {
  const catalogStore = () => create(createCatalogSlice);

  it('offers the bundled frameworks with any imports already read, and lists broken files', async () => {
    const store = catalogStore();
    store.getState().setImportedFrameworks([imported(map, 1)]);
    const catalog: FrameworkCatalog = { frameworks: [map, card], problems: [{ file: 'broken.json', message: 'not JSON' }] };
    await store.getState().loadCatalog({ loadFrameworks: async () => catalog });
    const state = store.getState();
    expect([state.catalogStatus, state.catalogError]).toEqual(['ready', null]);
    expect(versions(state.frameworks)).toEqual([
      [map.id, `${map.version} (import 1)`],
      [card.id, card.version],
    ]);
    expect(state.frameworkProblems).toEqual(catalog.problems);
  });

  it('says why, when the frameworks cannot be loaded at all', async () => {
    const store = catalogStore();
    await store.getState().loadCatalog({
      loadFrameworks: async () => {
        throw new Error('the frameworks folder is missing');
      },
    });
    expect([store.getState().catalogStatus, store.getState().catalogError]).toEqual(['failed', 'the frameworks folder is missing']);
  });
});
