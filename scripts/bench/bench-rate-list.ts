/**
 * A click on the Rate tab with 2,000 statements on screen against the same click with 100: two
 * workspaces side by side, clicks interleaved one for one, each from the click until the progress
 * panel shows it and the write has committed. Goal: the 2,000-row click within 2× the 100-row one.
 */
import type { Page } from '@playwright/test';
import { openApp, quantile, report, verdict, type Bench } from './bench-kit.ts';
import { generatedFramework } from './generated-framework.ts';
import { measureRatingClicks } from './measure.ts';
import { seedWorkspace } from './seed-workspace.ts';

const clicks = 30;

/** A workspace whose person is mapped to L2 of a framework of `areas` areas × 20 statements per level, on the Rate tab. */
async function rateListPage(bench: Bench, areas: number): Promise<{ close: () => Promise<void>; page: Page; rows: number }> {
  const framework = generatedFramework(areas, 2, `bench-rate-${areas * 20}`, 20);
  const track = framework.tracks[0];
  const [current, target] = track?.levels ?? [];
  if (!track || !current || !target) throw new Error('the generated framework has too few levels');
  const { context, page } = await openApp(bench, [{ id: framework.id, json: framework }]);
  const personId = await page.evaluate(seedWorkspace, {
    frameworkId: framework.id,
    trackId: track.id,
    currentLevelId: current.id,
    targetLevelId: target.id,
    targetTotal: target.statements.length,
    ratedItemIds: [],
    weeks: 0,
  });
  await page.goto(`${bench.origin}/#/people/${encodeURIComponent(personId)}/rate`);
  await page.reload();
  await page.locator('.rating-row').first().waitFor();
  await page.evaluate(measureRatingClicks, 3); // warm-up: lazy chunks, JIT
  return { close: () => context.close(), page, rows: await page.locator('.rating-row').count() };
}

export async function benchRateList(bench: Bench): Promise<void> {
  const small = await rateListPage(bench, 5);
  const large = await rateListPage(bench, 100);
  try {
    const smallTimes: number[] = [];
    const largeTimes: number[] = [];
    for (let run = 0; run < clicks; run += 1) {
      smallTimes.push(...(await small.page.evaluate(measureRatingClicks, 1)));
      largeTimes.push(...(await large.page.evaluate(measureRatingClicks, 1)));
    }
    const smallMedian = quantile(smallTimes, 0.5);
    report(`Rate click, ${small.rows} rows`, smallTimes, { name: 'p95', limit: 50, measured: quantile(smallTimes, 0.95) });
    report(`Rate click, ${large.rows} rows`, largeTimes, {
      name: 'median (2× the 100-row median)',
      limit: Math.round(2 * smallMedian),
      measured: quantile(largeTimes, 0.5),
    });
    const ratio = quantile(largeTimes, 0.5) / smallMedian;
    console.log(`Rate click, ${large.rows} rows ÷ ${small.rows} rows (medians): ${ratio.toFixed(2)}× — ${verdict(ratio, 2)} goal ≤ 2×`);
  } finally {
    await small.close();
    await large.close();
  }
}
