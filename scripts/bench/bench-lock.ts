/**
 * Turning the passphrase lock on over 100 people with a year of history each (every record rewritten,
 * sealed): from the click until it is done, with the longest main-thread task and whether progress was
 * shown meanwhile; then turning it off again, the same way. Goal: no task over 100 ms, progress shown.
 */
import type { Page } from '@playwright/test';
import { openApp, quantile, startProbe, stopProbe, verdict, type Bench } from './bench-kit.ts';
import { generatedFramework } from './generated-framework.ts';
import { seedPeople } from './seed-people.ts';

const people = 100;
const runs = 2;

/** Runs `work` while watching for a progress bar on the lock's card; resolves to its time and whether one showed. */
async function timed(page: Page, work: () => Promise<void>): Promise<{ ms: number; longestTaskMs: number; progressShown: boolean }> {
  await page.evaluate(() => {
    const holder = window as unknown as { benchProgressSeen: boolean; benchProgressObserver?: MutationObserver };
    holder.benchProgressSeen = false;
    holder.benchProgressObserver?.disconnect();
    holder.benchProgressObserver = new MutationObserver(() => {
      if (document.querySelector('.passphrase-lock progress[value]')) holder.benchProgressSeen = true;
    });
    holder.benchProgressObserver.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await startProbe(page);
  const start = Date.now();
  await work();
  const ms = Date.now() - start;
  const { longestTaskMs } = await stopProbe(page);
  const progressShown = await page.evaluate(() => (window as unknown as { benchProgressSeen: boolean }).benchProgressSeen);
  return { ms, longestTaskMs, progressShown };
}

export async function benchLock(bench: Bench): Promise<void> {
  const framework = generatedFramework();
  const track = framework.tracks[0];
  const current = track?.levels[2];
  const target = track?.levels[3];
  if (!track || !current || !target) throw new Error('the generated framework has too few levels');
  const { context, page } = await openApp(bench, [{ id: framework.id, json: framework }]);
  try {
    await page.evaluate(seedPeople, {
      people,
      frameworkId: framework.id,
      trackId: track.id,
      currentLevelId: current.id,
      targetLevelId: target.id,
      itemIds: [...current.statements.slice(0, 60), ...target.statements.slice(0, 60)].map((statement) => statement.id),
    });
    await page.goto(`${bench.origin}/#/backups`);
    await page.reload();
    const on: Awaited<ReturnType<typeof timed>>[] = [];
    const off: Awaited<ReturnType<typeof timed>>[] = [];
    for (let run = 0; run < runs; run += 1) {
      await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple');
      await page.getByLabel('Repeat it').fill('correct horse battery staple');
      on.push(
        await timed(page, async () => {
          await page.getByRole('button', { name: 'Lock with this passphrase' }).click();
          await page.getByText('The workspace is locked').waitFor({ timeout: 600_000 });
        }),
      );
      off.push(
        await timed(page, async () => {
          await page.getByRole('button', { name: 'Turn the lock off' }).click();
          await page.getByText('The lock is off').waitFor({ timeout: 600_000 });
        }),
      );
    }
    for (const [what, samples] of [
      ['turning the lock on', on],
      ['turning the lock off', off],
    ] as const) {
      const longest = Math.max(...samples.map((sample) => sample.longestTaskMs));
      const progress = samples.every((sample) => sample.progressShown);
      console.log(
        `${what}, ${people} people: median ${quantile(
          samples.map((sample) => sample.ms),
          0.5,
        ).toFixed(
          0,
        )} ms (n=${samples.length}); longest task ${longest.toFixed(0)} ms — ${verdict(longest, 100)} goal ≤ 100 ms; progress ${progress ? 'shown — meets' : 'not shown — MISSES'} goal`,
      );
    }
  } finally {
    await context.close();
  }
}
