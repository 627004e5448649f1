/**
 * Importing a spreadsheet of 1,000, 5,000 and 20,000 statements, where one level holds most of them
 * (the shape that made reading a level's rows quadratic): choosing the file until the preview shows,
 * and Import until the career map is drawn, each with the longest main-thread task. Goals: time linear
 * in the statements, no task over 200 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { megabytes, openApp, quantile, startProbe, stopProbe, verdict, type Bench } from './bench-kit.ts';
import { measureImport } from './measure-import.ts';

const sizes = [1000, 5000, 20_000];

/** A CSV of `statements` rows on 5 levels (L5 holds 60 % of them) and 50 areas, with accented and non-Latin text. */
export function importCsv(statements: number): string {
  const rows = ['framework,track,level,level label,category,skill area,statement'];
  const words = ['délivre', 'reviews', 'conçoit', 'mentors', 'проектирует', 'owns', 'améliore', 'measures', '設計する', 'leads'];
  for (let index = 0; index < statements; index += 1) {
    const share = index / statements;
    const level = share < 0.4 ? Math.floor(share / 0.1) + 1 : 5;
    const area = (index % 50) + 1;
    rows.push(
      `Bench import,Platform,L${level},Level ${level},skill,Area ${area},"${words[index % words.length]} “${area}” — ${index + 1} 🚀"`,
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

async function importOnce(
  bench: Bench,
  path: string,
): Promise<{ previewMs: number; previewTask: number; importMs: number; importTask: number }> {
  const { context, page } = await openApp(bench);
  try {
    await page.getByRole('button', { name: 'Import a framework…' }).waitFor();
    const timed = async (work: () => Promise<void>) => {
      await startProbe(page);
      const start = Date.now();
      await work();
      const ms = Date.now() - start;
      return { ms, task: (await stopProbe(page)).longestTaskMs };
    };
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a framework…' }).click();
    // Probed once the file is handed over: Playwright's own work to hand it over is no part of the import.
    const preview = await timed(async () => {
      await (await choosing).setFiles(path);
      await page
        .getByRole('dialog', { name: 'Import Bench import?' })
        .getByRole('button', { name: 'Import', exact: true })
        .waitFor({ timeout: 600_000 });
    });
    const stored = await timed(async () => {
      await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
      // Looked for in the DOM alone: finding the map's heading and rows by role would compute the
      // styles of the whole map in the page, long tasks of the probe's own. A big map is drawn a few
      // rows at a time: it is shown once its last row is.
      await page.locator('main h1', { hasText: /^Platform career map$/ }).waitFor({ state: 'attached', timeout: 600_000 });
      await page.locator('.matrix th[scope=row]', { hasText: /^Area 50$/ }).waitFor({ state: 'attached', timeout: 600_000 });
      await waitForPaint(page);
    });
    return { previewMs: preview.ms, previewTask: preview.task, importMs: stored.ms, importTask: stored.task };
  } finally {
    await context.close();
  }
}

async function waitForPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** A 5 MB spreadsheet of 60,000 statements, with Cancel during its read, in a fresh workspace. */
async function benchLargeImport(bench: Bench): Promise<void> {
  const context = await bench.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const timings = await measureImport(await context.newPage(), bench.origin);
    console.log(
      `import of a ${megabytes(timings.bytes)} CSV of 60,000 statements: preview shown after ${timings.previewMs} ms (longest task ${timings.previewLongestTaskMs.toFixed(0)} ms — ${verdict(timings.previewLongestTaskMs, 100)} goal ≤ 100 ms); stored and its career map shown ${timings.importMs} ms after Import (longest task ${timings.importLongestTaskMs.toFixed(0)} ms — ${verdict(timings.importLongestTaskMs, 100)} goal ≤ 100 ms); Cancel stopped a read in ${timings.cancelMs} ms`,
    );
  } finally {
    await context.close();
  }
}

export async function benchImport(bench: Bench): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-bench-import-'));
  const perStatement = new Map<number, number>();
  try {
    for (const statements of sizes) {
      const path = join(folder, `bench-import-${statements}.csv`);
      writeFileSync(path, importCsv(statements));
      const samples = [];
      for (let run = 0; run < (statements >= 20_000 ? 2 : 3); run += 1) samples.push(await importOnce(bench, path));
      const previewMs = quantile(
        samples.map((sample) => sample.previewMs),
        0.5,
      );
      const importMs = quantile(
        samples.map((sample) => sample.importMs),
        0.5,
      );
      const longest = Math.max(...samples.flatMap((sample) => [sample.previewTask, sample.importTask]));
      perStatement.set(statements, (previewMs + importMs) / statements);
      console.log(
        `import of ${statements.toLocaleString('en')} statements: preview after ${previewMs.toFixed(0)} ms, stored and its map drawn ${importMs.toFixed(0)} ms after Import (medians, n=${samples.length}); longest task ${longest.toFixed(0)} ms — ${verdict(longest, 200)} goal ≤ 200 ms`,
      );
    }
    await benchLargeImport(bench);
    const small = perStatement.get(sizes[0] ?? 0);
    const large = perStatement.get(sizes.at(-1) ?? 0);
    if (small && large) {
      console.log(
        `import time per statement, 20,000 ÷ 1,000: ${(large / small).toFixed(2)}× — ${verdict(large / small, 1.5)} goal: linear (≤ 1.5×, for noise and fixed costs)`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
