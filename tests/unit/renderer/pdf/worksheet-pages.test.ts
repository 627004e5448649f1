/**
 * Worksheets of the real frameworks: the pages planned are the pages printed (no planned page spills
 * onto another sheet), headings never end a page, and the compact layout keeps a 100-statement level
 * well under 30 pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocumentProxy } from 'unpdf';
import { documentPages } from '../../../../renderer/pdf/document-for';
import { measureFor } from '../../../../renderer/pdf/make-document';
import { worksheetContent, type WorksheetSource } from '../../../../shared/documents/worksheet';
import { careerMapSchema, type CareerMap } from '../../../../shared/framework/schema';
import { generatedFramework } from '../../../../scripts/bench/generated-framework';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';
import { registerTestFonts, renderDocument } from './render-for-test';

beforeAll(registerTestFonts);

function track(map: CareerMap, id: string) {
  const found = map.tracks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no track ${id}`);
  return found;
}

const seeds = loadCareerMap();
/** A Snowflake-sized level: 100 statements in 10 areas. */
function tenByTen(): CareerMap {
  const generated = generatedFramework(100, 1, 'pages-test');
  const tracks = generated.tracks.map((generatedTrack) => ({
    ...generatedTrack,
    areas: generatedTrack.areas.slice(0, 10),
    levels: generatedTrack.levels.map((level) => ({
      ...level,
      statements: level.statements.map((statement, index) => ({ ...statement, areaId: `area-${Math.floor(index / 10) + 1}` })),
    })),
  }));
  return careerMapSchema.parse({ ...generated, tracks });
}
const big = tenByTen();
const sources: [string, WorksheetSource][] = [
  ['the role card', { kind: 'role-card', framework: loadRoleCard() }],
  ['Infrastructure L5', { kind: 'career-map', framework: seeds, track: track(seeds, 'infrastructure'), levelId: 'L5' }],
  ['Frontend L10', { kind: 'career-map', framework: seeds, track: track(seeds, 'frontend'), levelId: 'L10' }],
  ['a 100-statement level', { kind: 'career-map', framework: big, track: track(big, 'bench'), levelId: 'L1' }],
];

function content(source: WorksheetSource, paper: 'A4' | 'LETTER', layout: 'roomy' | 'compact') {
  const made = worksheetContent(source, { paper, today: '2026-11-23', dateLabel: '23 Nov 2026', layout });
  if (!made) throw new Error('no worksheet');
  return made;
}

describe('worksheet pages', () => {
  it.each(
    sources.flatMap(([name, source]) =>
      (['A4', 'LETTER'] as const).flatMap((paper) =>
        (['roomy', 'compact'] as const).map((layout) => [name, paper, layout, source] as const),
      ),
    ),
  )('%s on %s, %s, prints the pages it planned', async (_name, paper, layout, source) => {
    const worksheet = content(source, paper, layout);
    const { measure } = await measureFor(worksheet);
    const planned = documentPages(worksheet, measure);
    const pdf = await getDocumentProxy(await renderDocument(worksheet));
    expect(pdf.numPages).toBe(planned.length);
    for (const page of planned) expect(page.at(-1)?.keepWithNext ?? false).toBe(false);
  });

  it('fits a 100-statement level on a dozen pages when compact', async () => {
    const worksheet = content({ kind: 'career-map', framework: big, track: track(big, 'bench'), levelId: 'L1' }, 'A4', 'compact');
    const { measure } = await measureFor(worksheet);
    expect(documentPages(worksheet, measure).length).toBeLessThanOrEqual(12);
  });
});
