/**
 * `npm run bench`: speed of the production browser build in Chromium, each group printing its figures
 * against their goals. `npm run bench -- backups lock` runs only the groups named. Serves the build
 * `npm run build:web` made (npm run bench makes it first) on WAYMARK_BENCH_PORT (4177 by default; the
 * startup comparison's hello-world page on the port above it).
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { previewPort, startPreviewServer } from '../preview-server.ts';
import { benchBackups } from './bench-backups.ts';
import { browserPidByMarker, type Bench } from './bench-kit.ts';
import { benchDocuments } from './bench-documents.ts';
import { benchImport } from './bench-import.ts';
import { benchLock } from './bench-lock.ts';
import { benchRateList } from './bench-rate-list.ts';
import { benchRating } from './bench-rating.ts';
import { benchStartup } from './bench-startup.ts';
import { benchTeam } from './bench-team.ts';

/** Every group, in the order a full run takes them. */
const groups: Record<string, (bench: Bench) => Promise<void>> = {
  rating: benchRating,
  'rate-list': benchRateList,
  documents: benchDocuments,
  backups: benchBackups,
  lock: benchLock,
  import: benchImport,
  startup: benchStartup,
  team: benchTeam,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in groups));
if (unknown.length > 0) throw new Error(`no benchmark group ${unknown.join(', ')}; the groups are ${Object.keys(groups).join(', ')}`);
const chosen = asked.length > 0 ? asked : Object.keys(groups);

const root = resolve(import.meta.dirname, '../..');
const port = previewPort('bench');
const server = await startPreviewServer(root, port);
const origin = `http://127.0.0.1:${port}`;
console.log(`serving the browser build on ${origin}`);
// Names this run's browser among others on the machine, to read its renderers' memory.
const marker = `--waymark-bench=${process.pid}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info', marker],
});
try {
  const bench: Bench = { browser, origin, root, sparePort: port + 1, browserPid: browserPidByMarker(marker) };
  for (const name of chosen) {
    console.log(`\n— ${name}`);
    await groups[name]?.(bench);
  }
} finally {
  await browser.close();
  server.kill();
}
