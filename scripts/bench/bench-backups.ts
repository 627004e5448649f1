/**
 * Backups at 1, 100 and 300 people with a year of history each: saving one (from the click until the
 * file is handed over), and restoring it into an empty workspace and over a full one (choosing the
 * file until the preview, and Restore until it is done), and undoing that restore; each with the
 * longest main-thread task and memory. Goals: no task over 100 ms; saving with memory under 2× the
 * file; restoring linear in the data, over a full workspace within 2× the restore into an empty one,
 * with memory under 3× the file.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  megabytes,
  openApp,
  quantile,
  rendererPeakGrowth,
  startProbe,
  stopProbe,
  verdict,
  type Bench,
  type ProbeResult,
} from './bench-kit.ts';
import { peopleOnGeneratedFramework } from './people-seed.ts';
import { seedPeople } from './seed-people.ts';

// WAYMARK_BENCH_PEOPLE=100 measures one size only, while working on one figure.
const sizes = process.env['WAYMARK_BENCH_PEOPLE'] ? [Number(process.env['WAYMARK_BENCH_PEOPLE'])] : [1, 100, 300];

interface Sample extends ProbeResult {
  ms: number;
  /** The renderers' peak memory above where they stood (page, workers and IndexedDB's copies). */
  rendererGrowth: number | undefined;
}

/** Runs `work` with the probes on. */
async function probed(bench: Bench, page: Page, work: () => Promise<void>): Promise<Sample> {
  await startProbe(page);
  const start = Date.now();
  const rendererGrowth = await rendererPeakGrowth(bench.browserPid, work);
  const ms = Date.now() - start;
  return { ms, rendererGrowth, ...(await stopProbe(page)) };
}

async function openBackups(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/#/backups`);
  await page.getByRole('button', { name: 'Save a backup…' }).waitFor();
}

async function saveBackup(bench: Bench, page: Page, path: string): Promise<Sample> {
  return probed(bench, page, async () => {
    const downloading = page.waitForEvent('download', { timeout: 600_000 });
    await page.getByRole('button', { name: 'Save a backup…' }).click();
    await (await downloading).saveAs(path);
    await page.getByText('The backup is saved').waitFor({ timeout: 600_000 });
  });
}

/** Chooses the file until the preview shows, then Restore until it is done. */
async function restoreBackup(bench: Bench, page: Page, path: string): Promise<{ preview: Sample; restore: Sample }> {
  const preview = await probed(bench, page, async () => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    await (await choosing).setFiles(path);
    await page.getByRole('dialog', { name: 'Restore this backup?' }).waitFor({ timeout: 600_000 });
  });
  const restore = await probed(bench, page, async () => {
    await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
    await page.getByText('The backup is restored').waitFor({ timeout: 600_000 });
  });
  return { preview, restore };
}

function describe(samples: Sample[], fileBytes: number, memoryLimit: number): string {
  const times = samples.map((sample) => sample.ms);
  const longest = Math.max(...samples.map((sample) => sample.longestTaskMs));
  const heap = Math.max(...samples.map((sample) => sample.heapGrowth));
  const renderer = samples.map((sample) => sample.rendererGrowth ?? Number.NaN);
  const rendererPeak = Math.max(...renderer);
  const memory = Number.isNaN(rendererPeak)
    ? `page heap +${megabytes(heap)}`
    : `renderer memory peak +${megabytes(rendererPeak)} (${(rendererPeak / fileBytes).toFixed(1)}× the file — ${verdict(rendererPeak, memoryLimit * fileBytes)} goal ≤ ${memoryLimit}×), page heap +${megabytes(heap)}`;
  return `median ${quantile(times, 0.5).toFixed(0)} ms (n=${times.length}); longest task ${longest.toFixed(0)} ms — ${verdict(longest, 100)} goal ≤ 100 ms; ${memory}`;
}

export async function benchBackups(bench: Bench): Promise<void> {
  const { framework, seedFor } = peopleOnGeneratedFramework();
  const extra = [{ id: framework.id, json: framework }];
  const folder = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const restoreMs = new Map<number, { empty: number; full: number }>();
  try {
    for (const people of sizes) {
      const runs = people >= 300 ? 2 : 3;
      const { context, page } = await openApp(bench, extra);
      try {
        await page.evaluate(seedPeople, seedFor(people));
        await page.reload();
        await openBackups(page, bench.origin);
        const path = join(folder, `backup-${people}.json`);
        const saves: Sample[] = [];
        for (let run = 0; run < runs; run += 1) saves.push(await saveBackup(bench, page, path));
        const bytes = statSync(path).size;
        console.log(`saving a backup, ${people} people (${megabytes(bytes)} file): ${describe(saves, bytes, 2)}`);

        // Interleaved: a restore into an empty workspace (a fresh one each time), then one over this full one.
        const empty: { preview: Sample; restore: Sample }[] = [];
        const full: { preview: Sample; restore: Sample }[] = [];
        for (let run = 0; run < runs; run += 1) {
          const fresh = await openApp(bench, extra, '#/backups');
          try {
            await fresh.page.getByRole('button', { name: 'Restore from a file…' }).waitFor();
            empty.push(await restoreBackup(bench, fresh.page, path));
          } finally {
            await fresh.context.close();
          }
          full.push(await restoreBackup(bench, page, path));
        }
        console.log(
          `  restore preview, ${people} people: ${describe(
            [...empty, ...full].map((entry) => entry.preview),
            bytes,
            3,
          )}`,
        );
        console.log(
          `  restore into an empty workspace, ${people} people: ${describe(
            empty.map((entry) => entry.restore),
            bytes,
            3,
          )}`,
        );
        console.log(
          `  restore over a full workspace, ${people} people: ${describe(
            full.map((entry) => entry.restore),
            bytes,
            3,
          )}`,
        );
        const emptyMs = quantile(
          empty.map((entry) => entry.restore.ms),
          0.5,
        );
        const fullMs = quantile(
          full.map((entry) => entry.restore.ms),
          0.5,
        );
        restoreMs.set(people, { empty: emptyMs, full: fullMs });
        console.log(
          `  restore over a full workspace ÷ into an empty one: ${(fullMs / emptyMs).toFixed(2)}× — ${verdict(fullMs / emptyMs, 2)} goal ≤ 2×`,
        );
        // The last restore over the full workspace, undone: the revert point written back, a page at a time.
        const undo = await probed(bench, page, async () => {
          await page.getByRole('button', { name: 'Undo the restore' }).click();
          await page.getByText('The restore is undone').waitFor({ timeout: 600_000 });
        });
        console.log(`  undoing that restore, ${people} people: ${describe([undo], bytes, 3)}`);
      } finally {
        await context.close();
      }
    }
    const hundred = restoreMs.get(100);
    const threeHundred = restoreMs.get(300);
    if (hundred && threeHundred) {
      const growth = threeHundred.full / hundred.full;
      console.log(
        `restore over a full workspace, 300 people ÷ 100 people: ${growth.toFixed(2)}× for 3× the data — ${verdict(growth, 3.6)} goal: linear (≤ 3.6×, 20 % for noise)`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
