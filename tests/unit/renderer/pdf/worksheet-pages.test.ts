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
import { readPdf, registerTestFonts, renderDocument } from './render-for-test';

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

  it.each(['roomy', 'compact'] as const)(
    'starts a 5,000-character note on the first page, %s, instead of leaving it blank under the heading',
    async (layout) => {
      const worksheet = content(
        { kind: 'career-map', framework: seeds, track: track(seeds, 'infrastructure'), levelId: 'L5' },
        'A4',
        layout,
      );
      const words = 'The reviewer noted steady progress on the on-call rota, with clear hand-overs and written follow-ups. ';
      const note = words
        .repeat(Math.ceil(5000 / words.length))
        .slice(0, 5000)
        .trim();
      const [area] = worksheet.areas;
      const [item] = area?.items ?? [];
      if (!area || !item) throw new Error('no item');
      const noted = { ...worksheet, areas: [{ ...area, items: [{ ...item, note }, ...area.items.slice(1)] }, ...worksheet.areas.slice(1)] };
      const pages = await readPdf(await renderDocument(noted));
      const firstPage = pages[0]?.items.map((placed) => placed.text).join(' ') ?? '';
      // The statement, its boxes and the note's first lines on page 1; the rest of the note after it.
      expect(firstPage).toContain(item.text.slice(0, 30));
      expect(firstPage).toContain('The reviewer noted steady progress');
      const lowest = Math.min(...(pages[0]?.items.map((placed) => placed.bottom) ?? [0]));
      expect(lowest).toBeLessThan(((pages[0]?.height ?? 0) * 1) / 4);
      // All of it printed, over the pages.
      const sentences = (text: string) => text.replaceAll(/\s/g, '').split('reviewernotedsteadyprogress').length - 1;
      const all = pages.flatMap((page) => page.items.map((placed) => placed.text)).join('');
      expect(sentences(all)).toBe(sentences(note));
    },
  );

  it('fits a 100-statement level on a dozen pages when compact', async () => {
    const worksheet = content({ kind: 'career-map', framework: big, track: track(big, 'bench'), levelId: 'L1' }, 'A4', 'compact');
    const { measure } = await measureFor(worksheet);
    expect(documentPages(worksheet, measure).length).toBeLessThanOrEqual(12);
  });
});
