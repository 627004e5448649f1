/**
 * `npm run bench`: speed of the production browser build in Chromium. Rating and history on a
 * generated framework of 1,050 statements with 260 weekly snapshots; documents on the bundled seeds
 * and on a 1,000-statement worksheet. Prints each measure against its target. Serves the build
 * `npm run build:web` made (npm run bench makes it first) on WAYMARK_BENCH_PORT (4177 by default).
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { previewPort, startPreviewServer } from '../preview-server.ts';
import { generatedFramework } from './generated-framework.ts';
import { benchTeam } from './bench-team.ts';
import { measureHistoryOpen, measureRatingClicks } from './measure.ts';
import { measureExport } from './measure-documents.ts';
import { seedDocumentsPerson } from './seed-documents.ts';
import { seedWorkspace } from './seed-workspace.ts';

const root = resolve(import.meta.dirname, '../..');
const port = previewPort('bench');
const origin = `http://127.0.0.1:${port}`;
const weeks = 260;
const ratingClicks = 100;
const historyRuns = 7;
const documentRuns = 5;
const bigWorksheetRuns = 3;
const seedMapId = 'career-map-infrastructure-frontend';

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function report(name: string, values: number[], targetName: string, target: number, measured: number) {
  const verdict = measured <= target ? 'meets' : 'MISSES';
  console.log(
    `${name}: median ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms (n=${values.length}) — ${verdict} target ${targetName} ≤ ${target} ms`,
  );
}

// `npm run bench -- --team` measures only the team at scale.
const teamOnly = process.argv.includes('--team');
const server = await startPreviewServer(root, port);
console.log(`serving the browser build on ${origin}`);

const framework = generatedFramework();
// Two levels of 1,000 statements each: the worksheet of the higher level is the 1,000-statement document.
const worksheetFramework = generatedFramework(1000, 2, 'bench-worksheet');
const track = framework.tracks[0];
const statementCount = track?.levels.reduce((sum, level) => sum + level.statements.length, 0) ?? 0;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
/** Rating, history and documents on one person with a big framework and five years of snapshots. */
async function benchRatingsAndDocuments(): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // The generated framework is served beside the bundled ones, as if it shipped with the app.
  await page.route('**/frameworks/index.json', async (route) => {
    const names = (await (await route.fetch()).json()) as string[];
    await route.fulfill({ json: [...names, 'bench-generated.json', 'bench-worksheet.json'] });
  });
  await page.route('**/frameworks/bench-generated.json', (route) => route.fulfill({ json: framework }));
  await page.route('**/frameworks/bench-worksheet.json', (route) => route.fulfill({ json: worksheetFramework }));
  await page.goto(`${origin}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  console.log('app opened; seeding the workspace');

  const targetLevel = track?.levels[3];
  const currentLevel = track?.levels[2];
  if (!track || !targetLevel || !currentLevel) throw new Error('the generated framework has too few levels');
  const ratedItemIds = [...currentLevel.statements, ...targetLevel.statements].map((statement) => statement.id);
  const personId = await page.evaluate(seedWorkspace, {
    frameworkId: framework.id,
    trackId: track.id,
    currentLevelId: currentLevel.id,
    targetLevelId: targetLevel.id,
    targetTotal: targetLevel.statements.length,
    ratedItemIds,
    weeks,
  });

  const personHash = (tab: string) => `#/people/${encodeURIComponent(personId)}/${tab}`;
  await page.goto(`${origin}/${personHash('rate')}`);
  await page.reload();
  await page.locator('.rating-row').first().waitFor();
  const rows = await page.locator('.rating-row').count();
  console.log(
    `framework: ${statementCount} statements (${track.areas.length} areas × ${track.levels.length} levels); rating list: ${rows} statements of ${targetLevel.id}; ${weeks} weekly snapshots of ${ratedItemIds.length} ratings each`,
  );

  await page.evaluate(measureRatingClicks, 5); // warm-up: lazy chunks, JIT
  const clicks = await page.evaluate(measureRatingClicks, ratingClicks);
  report('rating click → chart shows it and the write has committed', clicks, 'p95', 50, quantile(clicks, 0.95));

  const opens: number[] = [];
  for (let run = 0; run < historyRuns; run += 1) {
    await page.evaluate(() => {
      window.location.hash = '#/frameworks/bench-generated/tracks/bench';
    });
    await page.getByRole('heading', { name: 'Benchmark track career map' }).waitFor();
    opens.push(await page.evaluate(measureHistoryOpen, { hash: personHash('history'), snapshotCount: weeks }));
  }
  report(`opening the history (${weeks} snapshots loaded and drawn)`, opens, 'median', 200, quantile(opens, 0.5));

  // Documents: from the click on Export until the saved file is reported (layout in the worker included).
  const documentsPerson = await page.evaluate(seedDocumentsPerson, seedMapId);
  await page.goto(`${origin}/#/people/${documentsPerson}/documents`);
  await page.reload();
  await page.getByRole('button', { name: 'Export growth plan' }).waitFor();
  let longestTask = 0;
  let longestTaskDuring = '';
  async function exports(button: string, runs: number): Promise<number[]> {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const { ms, longestTaskMs } = await page.evaluate(measureExport, button);
      times.push(ms);
      if (longestTaskMs > longestTask) {
        longestTask = longestTaskMs;
        longestTaskDuring = button;
      }
    }
    return times;
  }
  const [cold = Number.NaN] = await exports('Export growth plan', 1);
  console.log(
    `first export of the session (starts the document worker, loads the fonts): ${cold.toFixed(0)} ms — later exports reuse the worker`,
  );
  const plans = await exports('Export growth plan', documentRuns);
  report('growth plan on the seed framework', plans, 'median', 1000, quantile(plans, 0.5));
  const preps = await exports('Export 1:1 preparation', documentRuns);
  report('1:1 preparation on the seed framework', preps, 'median', 1000, quantile(preps, 0.5));
  const sheets = await exports('Export worksheet', documentRuns);
  report('worksheet of Frontend L5 (6 statements), filled', sheets, 'median', 1000, quantile(sheets, 0.5));

  await page.goto(`${origin}/#/frameworks/bench-worksheet/tracks/bench/changes/L1/L2`);
  await page.getByRole('button', { name: 'Blank worksheet for Benchmark track L2 (PDF)' }).waitFor();
  const big = await exports('Blank worksheet for Benchmark track L2 (PDF)', bigWorksheetRuns);
  report('worksheet of 1,000 statements', big, 'median', 5000, quantile(big, 0.5));
  console.log(
    `longest main-thread task during the exports: ${longestTask.toFixed(0)} ms${longestTaskDuring ? ` (during "${longestTaskDuring}")` : ''} — ${longestTask <= 50 ? 'meets' : 'MISSES'} target ≤ 50 ms (the Long Tasks API reports only tasks over 50 ms; 0 means none)`,
  );
}

try {
  if (!teamOnly) await benchRatingsAndDocuments();
  await benchTeam(browser, origin, report, quantile);
} finally {
  await browser.close();
  server.kill();
}
