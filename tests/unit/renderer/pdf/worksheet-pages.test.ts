/**
 * Worksheets lay out their own pages and print their own page numbers; this holds only if every planned
 * page fits on a sheet. Rendered for real: the PDF must have exactly the planned number of pages.
 */
import { resolve } from 'node:path';
import { Font, renderToBuffer } from '@react-pdf/renderer';
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentFor } from '../../../../renderer/pdf/document-for';
import { documentFontFamily } from '../../../../renderer/pdf/pdf-fonts';
import { worksheetPages } from '../../../../renderer/pdf/worksheet-document';
import { worksheetContent, type WorksheetSource } from '../../../../shared/documents/worksheet';
import { careerMapSchema, type CareerMap } from '../../../../shared/framework/schema';
import { generatedFramework } from '../../../../scripts/bench/generated-framework';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';

const fonts = resolve(import.meta.dirname, '../../../../node_modules/dejavu-fonts-ttf/ttf');

beforeAll(() => {
  Font.register({
    family: documentFontFamily,
    fonts: [
      { src: resolve(fonts, 'DejaVuSans.ttf'), fontWeight: 'normal' },
      { src: resolve(fonts, 'DejaVuSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
});

function track(map: CareerMap, id: string) {
  const found = map.tracks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no track ${id}`);
  return found;
}

const seeds = loadCareerMap();
const big = careerMapSchema.parse(generatedFramework(300, 2, 'pages-test'));
const sources: [string, WorksheetSource][] = [
  ['the role card', { kind: 'role-card', framework: loadRoleCard() }],
  ['Frontend L10', { kind: 'career-map', framework: seeds, track: track(seeds, 'frontend'), levelId: 'L10' }],
  ['a 300-statement level', { kind: 'career-map', framework: big, track: track(big, 'bench'), levelId: 'L2' }],
];

describe('worksheet pages', () => {
  it.each(sources.flatMap(([name, source]) => (['A4', 'LETTER'] as const).map((paper) => [name, paper, source] as const)))(
    '%s on %s fits the pages it planned',
    async (_name, paper, source) => {
      const content = worksheetContent(source, { paper, today: '2026-11-23', dateLabel: '23 Nov 2026' });
      if (!content) throw new Error('no worksheet');
      const pdf = await getDocumentProxy(new Uint8Array(await renderToBuffer(documentFor(content))));
      expect(pdf.numPages).toBe(worksheetPages(content).length);
    },
  );
});
