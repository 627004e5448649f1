/**
 * What every benchmark group shares: the browser and the served build, opening the app with extra
 * frameworks served beside the bundled ones, figures printed against their goals, and probes of the
 * page's longest main-thread task and of memory while something runs.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';

export interface Bench {
  browser: Browser;
  /** Where the browser build is served. */
  origin: string;
  /** The repository's root. */
  root: string;
  /** A free port a group may serve something else on (the startup comparison's hello-world page). */
  sparePort: number;
  /** The browser's process id, where it can be found (for renderer memory). */
  browserPid: number | undefined;
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** "median 12.3 ms, p95 20.1 ms, max 25.0 ms (n=20)"; the p95 only from 20 samples up, where it means something. */
export function spread(values: readonly number[], unit = 'ms'): string {
  const p95 = values.length >= 20 ? `, p95 ${quantile(values, 0.95).toFixed(1)} ${unit}` : '';
  return `median ${quantile(values, 0.5).toFixed(1)} ${unit}${p95}, max ${Math.max(...values).toFixed(1)} ${unit} (n=${values.length})`;
}

/** One line: what was measured, its spread, and whether it meets its goal. */
export function report(name: string, values: readonly number[], goal: { name: string; limit: number; measured: number; unit?: string }) {
  const unit = goal.unit ?? 'ms';
  const verdict = goal.measured <= goal.limit ? 'meets' : 'MISSES';
  console.log(`${name}: ${spread(values, unit)} — ${verdict} goal ${goal.name} ≤ ${goal.limit} ${unit}`);
}

/** "meets" or "MISSES" a goal, for lines that say it their own way. */
export function verdict(measured: number, limit: number): string {
  return measured <= limit ? 'meets' : 'MISSES';
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface ExtraFramework {
  id: string;
  json: unknown;
}

/**
 * A fresh context (an empty workspace of its own) with `frameworks` served beside the bundled ones,
 * as if they shipped with the app, and the app opened in it.
 */
export async function openApp(
  bench: Bench,
  frameworks: readonly ExtraFramework[] = [],
  hash = '',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await bench.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.route('**/frameworks/index.json', async (route) => {
    const names = (await (await route.fetch()).json()) as string[];
    await route.fulfill({ json: [...names, ...frameworks.map((framework) => `${framework.id}.json`)] });
  });
  for (const framework of frameworks) {
    await context.route(`**/frameworks/${framework.id}.json`, (route) => route.fulfill({ json: framework.json }));
  }
  const page = await context.newPage();
  await page.goto(`${bench.origin}/${hash}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { context, page };
}

/** Starts counting long tasks (the Long Tasks API reports every task over 50 ms) and sampling the JS heap. */
export async function startProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    interface Probe {
      longTasks: number[];
      heapPeak: number;
      heapStart: number;
      observer: PerformanceObserver;
      timer: number;
    }
    const holder = window as unknown as { benchProbe?: Probe };
    const memory = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    if (holder.benchProbe) {
      holder.benchProbe.observer.disconnect();
      clearInterval(holder.benchProbe.timer);
    }
    const probe: Probe = {
      longTasks: [],
      heapPeak: memory(),
      heapStart: memory(),
      observer: new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
      }),
      timer: window.setInterval(() => {
        probe.heapPeak = Math.max(probe.heapPeak, memory());
      }, 10),
    };
    probe.observer.observe({ type: 'longtask', buffered: false });
    holder.benchProbe = probe;
  });
}

export interface ProbeResult {
  /** The longest main-thread task, 0 when none was over 50 ms. */
  longestTaskMs: number;
  /** The main thread's JS heap: its highest sample (taken between tasks, every 10 ms) above where it started. */
  heapGrowth: number;
}

export async function stopProbe(page: Page): Promise<ProbeResult> {
  // Let the observer deliver the last entries before reading them.
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const holder = window as unknown as {
      benchProbe?: { longTasks: number[]; heapPeak: number; heapStart: number; observer: PerformanceObserver; timer: number };
    };
    const probe = holder.benchProbe;
    if (!probe) throw new Error('no probe was started');
    probe.observer.disconnect();
    clearInterval(probe.timer);
    return { longestTaskMs: Math.max(0, ...probe.longTasks), heapGrowth: Math.max(0, probe.heapPeak - probe.heapStart) };
  });
}

/** The browser's renderer processes (Linux): the pages and their workers run in them. */
function rendererPids(browserPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const parent = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      try {
        if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--type=renderer')) found.push(child);
      } catch {
        // Gone meanwhile.
      }
      visit(child);
    }
  };
  visit(browserPid);
  return found;
}

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const kilobytes = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kilobytes ?? 0) * 1024;
}

/**
 * The renderers' peak resident memory while `work` runs, above where each stood before (Linux only:
 * each process's peak is reset through /proc/<pid>/clear_refs first). It covers the page's heap, its
 * workers', and the data IndexedDB hands over; undefined where it cannot be read.
 */
export async function rendererPeakGrowth(browserPid: number | undefined, work: () => Promise<void>): Promise<number | undefined> {
  let before = new Map<number, number>();
  try {
    if (browserPid === undefined) throw new Error('no browser process');
    for (const pid of rendererPids(browserPid)) {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      before.set(pid, status(pid, 'VmRSS'));
    }
  } catch {
    before = new Map();
  }
  await work();
  if (before.size === 0) return undefined;
  let growth = 0;
  for (const [pid, start] of before) {
    try {
      growth = Math.max(growth, status(pid, 'VmHWM') - start);
    } catch {
      // A renderer that ended meanwhile held nothing of this.
    }
  }
  return growth;
}

/** The browser's own process id, found by the marker run-bench gives its command line. */
export function browserPidByMarker(marker: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (command.includes(marker) && !command.includes('--type=')) return Number(entry);
    } catch {
      // Gone meanwhile.
    }
  }
  return undefined;
}
