/**
 * The team overview printed: across the sheet, every person in the table and in the heatmap with their
 * figures (a one-line row once lost its text), the thin areas named, and no header word running into the
 * next column.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TeamOverviewContent } from '../../../../shared/documents/document-content';
import { teamColumns } from '../../../../shared/documents/team-overview';
import { readPdf, registerTestFonts, renderDocument, type ReadPage } from './render-for-test';

beforeAll(registerTestFonts);

const names = Array.from({ length: 40 }, (_, index) =>
  index % 3 === 0 ? `Zoë Ångström-Okonkwo ${index} 🚀` : index % 3 === 1 ? `王小明 ${index}` : `Priya ${index}`,
);
const areas = ['Experience', 'Area of Responsibility', 'Architecture, performance & security', 'Soft skills & communication', 'Delivery'];

function content(): TeamOverviewContent {
  return {
    kind: 'team-overview',
    meta: {
      title: 'Team overview — Everyone',
      dateLabel: '23 Nov 2026',
      isoDate: '2026-11-23',
      paper: 'A4',
      footer: 'Career map · version 1 · source: test',
      orientation: 'landscape',
    },
    group: `Everyone (${names.length} people)`,
    ratingsBasis: 'Measured on agreed ratings',
    columns: teamColumns,
    rows: names.map((name) => [
      name,
      'Report',
      'Career map: Infrastructure and Frontend — Frontend',
      'L4',
      'L5',
      '17%',
      '—',
      '23 Nov 2026',
      '—',
      '—',
      '0',
      '0',
    ]),
    heatmap: {
      title: 'Frontend: % met by area at each person’s target',
      areas,
      rows: names.map((name, index) => ({
        name,
        level: 'L5',
        cells: areas.map((_, area) => ((area + index) % 4 === 0 ? null : (area * 37 + index) % 101)),
      })),
      summary: areas.map((_, index) => ({ met: index, thin: index < 2 })),
    },
  };
}

const allText = (pages: ReadPage[]) => pages.map((page) => page.items.map((item) => item.text).join(' ')).join(' ');

describe('the team overview document', () => {
  it('is printed across the sheet with every person in the table and the heatmap', async () => {
    const pages = await readPdf(await renderDocument(content()));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.width).toBeGreaterThan(page.height);
    const text = allText(pages).replace(/\s+/g, ' ');
    for (const name of names.map((each) => each.replace(' 🚀', ''))) {
      // In the table and in the heatmap.
      expect(text.split(name).length - 1, name).toBeGreaterThanOrEqual(2);
    }
    expect(text).toContain('People meeting the area');
    expect(text.match(/· thin/g)).toHaveLength(2);
    expect(text).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('keeps every header word inside its column and every text inside the page', async () => {
    const [first] = await readPdf(await renderDocument(content()));
    if (!first) throw new Error('no page');
    for (const item of first.items) expect(item.right, item.text).toBeLessThanOrEqual(first.width - 40);
    const headerItems = first.items.filter((item) => teamColumns.some((column) => column.split(' ').includes(item.text.trim())));
    const rowsAt = new Map<number, typeof headerItems>();
    for (const item of headerItems) rowsAt.set(Math.round(item.bottom), [...(rowsAt.get(Math.round(item.bottom)) ?? []), item]);
    const line = [...rowsAt.values()].sort((a, b) => b.length - a.length)[0] ?? [];
    expect(line.length).toBeGreaterThanOrEqual(8);
    const sorted = [...line].sort((a, b) => a.left - b.left);
    sorted
      .slice(1)
      .forEach((item, index) =>
        expect(item.left, `${sorted[index]?.text} runs into ${item.text}`).toBeGreaterThan(sorted[index]?.right ?? 0),
      );
  });
});
