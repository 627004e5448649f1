/**
 * Rating and history on a generated framework of 1,050 statements (150 skill areas × 7 levels, about
 * SFIA's size) with 260 weekly snapshots: a rating click until the chart shows it and the write has
 * committed, and opening a person's history with every snapshot loaded and drawn.
 */
import { openApp, quantile, report, type Bench } from './bench-kit.ts';
import { generatedFramework } from './generated-framework.ts';
import { measureHistoryOpen, measureRatingClicks } from './measure.ts';
import { seedWorkspace } from './seed-workspace.ts';

const weeks = 260;
const ratingClicks = 100;
const historyRuns = 7;

export async function benchRating(bench: Bench): Promise<void> {
  const framework = generatedFramework();
  const track = framework.tracks[0];
  const targetLevel = track?.levels[3];
  const currentLevel = track?.levels[2];
  if (!track || !targetLevel || !currentLevel) throw new Error('the generated framework has too few levels');
  const statementCount = track.levels.reduce((sum, level) => sum + level.statements.length, 0);
  const { context, page } = await openApp(bench, [{ id: framework.id, json: framework }]);
  try {
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
    await page.goto(`${bench.origin}/${personHash('rate')}`);
    await page.reload();
    await page.locator('.rating-row').first().waitFor();
    const rows = await page.locator('.rating-row').count();
    console.log(
      `framework: ${statementCount} statements (${track.areas.length} areas × ${track.levels.length} levels); rating list: ${rows} statements of ${targetLevel.id}; ${weeks} weekly snapshots of ${ratedItemIds.length} ratings each`,
    );

    await page.evaluate(measureRatingClicks, 5); // warm-up: lazy chunks, JIT
    const clicks = await page.evaluate(measureRatingClicks, ratingClicks);
    report('rating click → chart shows it and the write has committed', clicks, {
      name: 'p95',
      limit: 50,
      measured: quantile(clicks, 0.95),
    });

    const opens: number[] = [];
    for (let run = 0; run < historyRuns; run += 1) {
      await page.evaluate(() => {
        window.location.hash = '#/frameworks/bench-generated/tracks/bench';
      });
      await page.getByRole('heading', { name: 'Benchmark track career map' }).waitFor();
      opens.push(await page.evaluate(measureHistoryOpen, { hash: personHash('history'), snapshotCount: weeks }));
    }
    report(`opening the history (${weeks} snapshots loaded and drawn)`, opens, {
      name: 'median',
      limit: 200,
      measured: quantile(opens, 0.5),
    });
  } finally {
    await context.close();
  }
}
