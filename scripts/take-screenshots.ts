/**
 * `npm run screenshots`: pictures of the browser build for the README, taken with the same Chromium
 * the end-to-end tests use, of the build `npm run build:web` made (npm run screenshots makes it first),
 * served on WAYMARK_SCREENSHOTS_PORT (4176 by default).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { previewPort, startPreviewServer } from './preview-server.ts';
import { takeTour } from './screenshot-tour.ts';

const root = resolve(import.meta.dirname, '..');
const port = previewPort('screenshots');
const shots = [
  { file: 'career-map.png', hash: '#/frameworks/career-map-infrastructure-frontend/tracks/frontend', scheme: 'light' },
  { file: 'level-changes.png', hash: '#/frameworks/career-map-infrastructure-frontend/tracks/frontend/changes/L4/L5', scheme: 'light' },
  { file: 'role-card-dark.png', hash: '#/frameworks/role-card-dei-gen-p5', scheme: 'dark' },
] as const;

const server = await startPreviewServer(root, port);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const outDir = resolve(root, 'docs/screenshots');
  mkdirSync(outDir, { recursive: true });
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: shot.scheme });
    await page.goto(`http://127.0.0.1:${port}/${shot.hash}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: resolve(outDir, shot.file) });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
  for (const file of await takeTour(browser, `http://127.0.0.1:${port}/`, outDir)) console.log(`docs/screenshots/${file}`);
} finally {
  await browser.close();
  server.kill();
}
