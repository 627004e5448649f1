/**
 * Documents, from the click on Export until the saved file is reported (layout in the worker
 * included): every document, roomy and compact, on the bundled seeds and at 1,000 statements with 200
 * goals and 300 evidence entries, and a blank 1,000-statement worksheet; with the longest main-thread
 * task during the exports.
 */
import type { Page } from '@playwright/test';
import { openApp, quantile, report, verdict, type Bench } from './bench-kit.ts';
import { generatedFramework } from './generated-framework.ts';
import { measureExport } from './measure-documents.ts';
import { seedDocumentsPerson } from './seed-documents.ts';

const documentRuns = 5;
const bigWorksheetRuns = 3;
const seedMapId = 'career-map-infrastructure-frontend';

export async function benchDocuments(bench: Bench): Promise<void> {
  // Two levels of 1,000 statements each: the worksheet of the higher level is the 1,000-statement document.
  const worksheetFramework = generatedFramework(1000, 2, 'bench-worksheet');
  const { context, page } = await openApp(bench, [{ id: worksheetFramework.id, json: worksheetFramework }]);
  try {
    const documentsPerson = await page.evaluate(seedDocumentsPerson, {
      personId: 'bench-documents-person',
      name: 'Zoë Łukasz Дмитрий',
      frameworkId: seedMapId,
      trackId: 'frontend',
      currentLevelId: 'L4',
      statementIds: [1, 2, 3, 4].map((index) => `frontend.L5.skill.${index}`),
      goalCount: 4,
      evidenceCount: 4,
    });
    const largePerson = await page.evaluate(seedDocumentsPerson, {
      personId: 'bench-large-documents-person',
      name: 'Priya Natarajan',
      frameworkId: worksheetFramework.id,
      trackId: 'bench',
      currentLevelId: 'L1',
      statementIds: worksheetFramework.tracks[0]?.levels[1]?.statements.map((statement) => statement.id) ?? [],
      goalCount: 200,
      evidenceCount: 300,
    });
    await page.goto(`${bench.origin}/#/people/${documentsPerson}/documents`);
    await page.reload();
    await page.getByRole('button', { name: 'Export growth plan' }).waitFor();
    const longest = { ms: 0, during: '' };
    const exports = (button: string, runs: number) => exportRuns(page, button, runs, longest);
    const [cold = Number.NaN] = await exports('Export growth plan', 1);
    console.log(
      `first export of the session (starts the document worker, loads the fonts): ${cold.toFixed(0)} ms — later exports reuse the worker`,
    );
    /** Every document of the open person, each a median of `runs` later exports. */
    async function everyDocument(size: string, runs: number, target: number): Promise<void> {
      const layout = page.getByLabel('Layout');
      for (const [what, button, choose] of [
        ['growth plan', 'Export growth plan', 'roomy'],
        ['1:1 preparation', 'Export 1:1 preparation', 'roomy'],
        ['promotion case', 'Export promotion case', 'roomy'],
        ['worksheet, filled, roomy', 'Export worksheet', 'roomy'],
        ['worksheet, filled, compact', 'Export worksheet', 'compact'],
      ] as const) {
        await layout.selectOption(choose);
        const times = await exports(button, runs);
        report(`${what} ${size}`, times, { name: 'median', limit: target, measured: quantile(times, 0.5) });
      }
    }
    await everyDocument('on the seed framework', documentRuns, 1000);

    await page.goto(`${bench.origin}/#/people/${largePerson}/documents`);
    await page.getByRole('button', { name: 'Export growth plan' }).waitFor();
    await everyDocument('at 1,000 statements (200 goals, 300 evidence entries)', bigWorksheetRuns, 5000);

    await page.goto(`${bench.origin}/#/frameworks/bench-worksheet/tracks/bench/changes/L1/L2`);
    await page.getByRole('button', { name: 'Blank worksheet for Benchmark track L2 (PDF)' }).waitFor();
    const big = await exports('Blank worksheet for Benchmark track L2 (PDF)', bigWorksheetRuns);
    report('blank worksheet of 1,000 statements, roomy', big, { name: 'median', limit: 5000, measured: quantile(big, 0.5) });
    console.log(
      `longest main-thread task during the exports: ${longest.ms.toFixed(0)} ms${longest.during ? ` (during "${longest.during}")` : ''} — ${verdict(longest.ms, 50)} goal ≤ 50 ms (the Long Tasks API reports only tasks over 50 ms; 0 means none)`,
    );
  } finally {
    await context.close();
  }
}

async function exportRuns(page: Page, button: string, runs: number, longest: { ms: number; during: string }): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { ms, longestTaskMs } = await page.evaluate(measureExport, button);
    times.push(ms);
    if (longestTaskMs > longest.ms) Object.assign(longest, { ms: longestTaskMs, during: button });
  }
  return times;
}
