/**
 * End-to-end tests drive the production browser build (out/web) in Chromium. Debian's chromium is used
 * rather than a downloaded browser; CHROMIUM_PATH overrides where it lives.
 */
import { defineConfig } from '@playwright/test';
import { previewPort } from './scripts/preview-server.ts';

const port = previewPort('e2e');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      // Without these, Chromium phones home at start (updates, field trials), which the zero-network tests would catch.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
  projects: [
    { name: 'browser', testIgnore: /desktop\.spec\.ts$/, use: { viewport: { width: 1280, height: 800 } } },
    { name: 'desktop', testMatch: /desktop\.spec\.ts$/ },
  ],
  webServer: {
    command: 'node scripts/serve-web.ts',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
