/**
 * Startup against a hello-world React page built and served the same way (same Vite, plugins and
 * headers, scripts/bench/hello-world): each loaded in a page of its own, interleaved one for one, from
 * navigation until the first screen is drawn whole (for Waymark, with the workspace open and nothing on
 * it still "Loading…": the frame after the first heading alone was most often "Loading…" under a
 * person's tabs).
 * Both in a browser profile kept on disk, with a warm HTTP cache and an existing workspace, as the app
 * starts on a second launch. (A trace of such a warm load shows this Chromium parsing every module
 * script again, in the background, for both pages: the time to parse grows with the scripts' size.)
 * Also the size of the scripts each loads at start. Goal: Waymark's median ≤ 1.8× hello-world's.
 * Then the same again once the workspace holds a coach's 300 people with a year of use each, "Me"
 * mapped and rated: the start lists them all and opens Me's ratings.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from '@playwright/test';
import { runPackageBin } from '../package-bin.ts';
import { startPreviewServer } from '../preview-server.ts';
import { quantile, report, verdict, type Bench } from './bench-kit.ts';
import { peopleOnGeneratedFramework } from './people-seed.ts';
import { seedImportedFramework } from './seed-imported-framework.ts';
import { seedPeople } from './seed-people.ts';

const samples = 20;
const people = 300;

/**
 * Reports, as a console message, when the first screen is in the page whole (an h1, and no part of it
 * still "Loading…") and a frame has been drawn with it. A console message reaches the bench without any
 * script of the bench's own running in the page while it starts (a waitForFunction would evaluate
 * Playwright's helper script mid-start, as no user's page does).
 */
function recordFirstHeading() {
  const loading = () => [...document.querySelectorAll('[role="status"]')].some((status) => status.textContent === 'Loading…');
  const observer = new MutationObserver(() => {
    if (!document.querySelector('h1') || loading()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => console.log(`bench-first-heading ${performance.now()}`), 0));
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

async function startupOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    const drawn = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith('bench-first-heading '),
      timeout: 60_000,
    });
    // Awaited below; a failed navigation closes the page first, which must not surface as an unhandled rejection.
    drawn.catch(() => undefined);
    await page.goto(url, { waitUntil: 'commit' });
    return Number((await drawn).text().split(' ')[1]);
  } finally {
    await page.close();
  }
}

/** The size of the scripts index.html loads at start: its entries and the chunks it preloads with them. */
function firstChunk(folder: string): string {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script type="module"[^>]* src="\.\/([^"]+)"/g)].flatMap((match) => (match[1] ? [match[1]] : []));
  if (entries.length === 0) return 'unknown';
  const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/([^"]+)"/g)].flatMap((match) =>
    match[1] ? [match[1]] : [],
  );
  const files = [...entries, ...preloaded].map((file) => readFileSync(join(folder, file)));
  const raw = files.reduce((sum, bytes) => sum + bytes.length, 0);
  const gzip = files.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0);
  return `${(raw / 1024).toFixed(0)} kB (${(gzip / 1024).toFixed(0)} kB gzip) in ${files.length} file${files.length === 1 ? '' : 's'}`;
}

export async function benchStartup(bench: Bench): Promise<void> {
  const config = 'scripts/bench/hello-world/vite.config.ts';
  if (runPackageBin(bench.root, 'vite', ['build', '--config', config, '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0) {
    throw new Error('the hello-world build failed');
  }
  const server = await startPreviewServer(bench.root, bench.sparePort, config);
  // One profile for both pages (they differ in origin, so share nothing but the browser).
  const profile = mkdtempSync(join(tmpdir(), 'waymark-bench-startup-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1280, height: 800 },
  });
  try {
    await browser.addInitScript(recordFirstHeading);
    const helloUrl = `http://127.0.0.1:${bench.sparePort}/`;
    const appUrl = `${bench.origin}/`;
    // Warm-up: the HTTP caches fill, Chromium keeps the compiled scripts (from the third load of a
    // script), and Waymark creates its workspace.
    for (let run = 0; run < 4; run += 1) {
      await startupOnce(browser, helloUrl);
      await startupOnce(browser, appUrl);
    }
    const interleaved = async () => {
      const helloTimes: number[] = [];
      const appTimes: number[] = [];
      for (let run = 0; run < samples; run += 1) {
        helloTimes.push(await startupOnce(browser, helloUrl));
        appTimes.push(await startupOnce(browser, appUrl));
      }
      return { helloTimes, appTimes };
    };
    const empty = await interleaved();
    console.log(
      `scripts loaded at start: Waymark ${firstChunk(join(bench.root, 'out/web'))}, hello-world ${firstChunk(join(bench.root, 'out/bench-hello-world'))}`,
    );
    const helloMedian = quantile(empty.helloTimes, 0.5);
    report('hello-world React page, navigation → heading drawn', empty.helloTimes, {
      name: 'p95 (for reference)',
      limit: 1000,
      measured: quantile(empty.helloTimes, 0.95),
    });
    report('Waymark, navigation → first screen drawn', empty.appTimes, {
      name: 'median (1.8× hello-world)',
      limit: Math.round(1.8 * helloMedian),
      measured: quantile(empty.appTimes, 0.5),
    });
    const ratio = quantile(empty.appTimes, 0.5) / helloMedian;
    console.log(`startup, Waymark ÷ hello-world (medians): ${ratio.toFixed(2)}× — ${verdict(ratio, 1.8)} goal ≤ 1.8×`);

    // The same with a full workspace, against hello-world loaded alongside again.
    const { framework, seedFor } = peopleOnGeneratedFramework();
    const filling = await browser.newPage();
    await filling.goto(appUrl);
    await filling.getByRole('heading', { level: 1 }).first().waitFor();
    await filling.evaluate(seedImportedFramework, { id: framework.id, fileName: 'generated.json', framework });
    await filling.evaluate(seedPeople, seedFor(people));
    await filling.close();
    for (let run = 0; run < 2; run += 1) {
      await startupOnce(browser, helloUrl);
      await startupOnce(browser, appUrl);
    }
    const full = await interleaved();
    const fullRatio = quantile(full.appTimes, 0.5) / quantile(full.helloTimes, 0.5);
    console.log(
      `startup with ${people} people and a year of use each (Me's ratings open): Waymark median ${quantile(full.appTimes, 0.5).toFixed(0)} ms, p95 ${quantile(full.appTimes, 0.95).toFixed(0)} ms; hello-world alongside ${quantile(full.helloTimes, 0.5).toFixed(0)} ms; ${fullRatio.toFixed(2)}× — ${verdict(fullRatio, 1.8)} goal ≤ 1.8×`,
    );
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    server.kill();
  }
}
