import { describe, expect, it } from 'vitest';
import { frameworkToCsv, frameworkToJson } from '../../../../shared/import/export-framework';
import { importFramework } from '../../../../shared/import/import-framework';
import type { CareerMap } from '../../../../shared/framework/schema';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';

/** What the CSV form holds of a career map: everything but prose about the framework, its tracks and areas. */
function csvPart(map: CareerMap) {
  return {
    ...map,
    source: undefined,
    description: undefined,
    notes: [],
    tracks: map.tracks.map((track) => ({
      ...track,
      description: undefined,
      notes: [],
      areas: track.areas.map(({ id, name }) => ({ id, name })),
    })),
  };
}

describe('export, then import', () => {
  it.each([
    ['the career map', loadCareerMap()],
    ['the role card', loadRoleCard()],
  ])('gives %s back identically through JSON', (_name, framework) => {
    const result = importFramework(`${framework.id}.json`, frameworkToJson(framework));
    expect(result.ok && result.framework).toEqual(framework);
  });

  it('gives the career map back through CSV, ids included, in all the CSV form holds', () => {
    const map = loadCareerMap();
    const result = importFramework(`${map.id}.csv`, frameworkToCsv(map));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.notices).toEqual([]);
    if (result.framework.kind !== 'career-map') throw new Error('expected a career map');
    expect(csvPart(result.framework)).toEqual(csvPart(map));
  });
});
