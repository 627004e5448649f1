/**
 * Documents, from the click on Export until the saved file is reported (layout in the worker
 * included): growth plan, 1:1 preparation and worksheet on the bundled seeds, and a 1,000-statement
 * worksheet; with the longest main-thread task during the exports.
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
    const documentsPerson = await page.evaluate(seedDocumentsPerson, seedMapId);
    await page.goto(`${bench.origin}/#/people/${documentsPerson}/documents`);
    await page.reload();
    await page.getByRole('button', { name: 'Export growth plan' }).waitFor();
    const longest = { ms: 0, during: '' };
    const exports = (button: string, runs: number) => exportRuns(page, button, runs, longest);
    const [cold = Number.NaN] = await exports('Export growth plan', 1);
    console.log(
      `first export of the session (starts the document worker, loads the fonts): ${cold.toFixed(0)} ms — later exports reuse the worker`,
    );
    const median = (values: number[], limit: number) => ({ name: 'median', limit, measured: quantile(values, 0.5) });
    const plans = await exports('Export growth plan', documentRuns);
    report('growth plan on the seed framework', plans, median(plans, 1000));
    const preps = await exports('Export 1:1 preparation', documentRuns);
    report('1:1 preparation on the seed framework', preps, median(preps, 1000));
    const sheets = await exports('Export worksheet', documentRuns);
    report('worksheet of Frontend L5 (6 statements), filled', sheets, median(sheets, 1000));

    await page.goto(`${bench.origin}/#/frameworks/bench-worksheet/tracks/bench/changes/L1/L2`);
    await page.getByRole('button', { name: 'Blank worksheet for Benchmark track L2 (PDF)' }).waitFor();
    const big = await exports('Blank worksheet for Benchmark track L2 (PDF)', bigWorksheetRuns);
    report('worksheet of 1,000 statements', big, median(big, 5000));
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
