/**
 * Startup against a hello-world React page built and served the same way (same Vite, plugins and
 * headers, scripts/bench/hello-world): each loaded in a page of its own, interleaved one for one, from
 * navigation until the first heading is drawn (for Waymark, the first screen with the workspace open).
 * Both with a warm HTTP cache and an existing workspace, as the app starts on a second launch. Also
 * the size of each first script. Goal: Waymark's median ≤ 1.8× hello-world's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { runPackageBin } from '../package-bin.ts';
import { startPreviewServer } from '../preview-server.ts';
import { quantile, report, verdict, type Bench } from './bench-kit.ts';

const samples = 20;

/** Records when the first h1 is in the page and a frame has been drawn with it. */
function recordFirstHeading() {
  const holder = window as unknown as { benchFirstHeading?: number };
  const observer = new MutationObserver(() => {
    if (!document.querySelector('h1')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (holder.benchFirstHeading = performance.now()), 0));
  });
  observer.observe(document, { subtree: true, childList: true });
}

async function startupOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { benchFirstHeading?: number }).benchFirstHeading !== undefined, undefined, {
      timeout: 60_000,
    });
    return await page.evaluate(() => (window as unknown as { benchFirstHeading: number }).benchFirstHeading);
  } finally {
    await page.close();
  }
}

/** The gzip size of the script index.html loads first. */
function firstChunk(folder: string): string {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  const src = /<script type="module" crossorigin src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!src) return 'unknown';
  const bytes = readFileSync(join(folder, src));
  return `${(bytes.length / 1024).toFixed(0)} kB (${(gzipSync(bytes).length / 1024).toFixed(0)} kB gzip)`;
}

export async function benchStartup(bench: Bench): Promise<void> {
  const config = 'scripts/bench/hello-world/vite.config.ts';
  if (runPackageBin(bench.root, 'vite', ['build', '--config', config, '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0) {
    throw new Error('the hello-world build failed');
  }
  const server = await startPreviewServer(bench.root, bench.sparePort, config);
  const hello = await bench.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const app = await bench.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await hello.addInitScript(recordFirstHeading);
    await app.addInitScript(recordFirstHeading);
    const helloUrl = `http://127.0.0.1:${bench.sparePort}/`;
    const appUrl = `${bench.origin}/`;
    // Warm-up: the HTTP caches fill, and Waymark creates its workspace.
    for (let run = 0; run < 2; run += 1) {
      await startupOnce(hello, helloUrl);
      await startupOnce(app, appUrl);
    }
    const helloTimes: number[] = [];
    const appTimes: number[] = [];
    for (let run = 0; run < samples; run += 1) {
      helloTimes.push(await startupOnce(hello, helloUrl));
      appTimes.push(await startupOnce(app, appUrl));
    }
    console.log(
      `first script: Waymark ${firstChunk(join(bench.root, 'out/web'))}, hello-world ${firstChunk(join(bench.root, 'out/bench-hello-world'))}`,
    );
    const helloMedian = quantile(helloTimes, 0.5);
    report('hello-world React page, navigation → heading drawn', helloTimes, {
      name: 'p95 (for reference)',
      limit: 1000,
      measured: quantile(helloTimes, 0.95),
    });
    report('Waymark, navigation → first screen drawn', appTimes, {
      name: 'median (1.8× hello-world)',
      limit: Math.round(1.8 * helloMedian),
      measured: quantile(appTimes, 0.5),
    });
    const ratio = quantile(appTimes, 0.5) / helloMedian;
    console.log(`startup, Waymark ÷ hello-world (medians): ${ratio.toFixed(2)}× — ${verdict(ratio, 1.8)} goal ≤ 1.8×`);
  } finally {
    await hello.close();
    await app.close();
    server.kill();
  }
}
