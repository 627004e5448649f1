/**
 * Chromium on a persistent profile, started as a process group of its own so that a test can pull the
 * plug on exactly that browser — SIGKILL to the group, by its id — or close it as a person would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { chromiumPath } from '../../playwright.config';

export interface Running {
  browser: Browser;
  page: Page;
  process: ChildProcess;
}

/**
 * Starts Chromium on a profile as its own process group, so that exactly its processes can be killed,
 * and opens `url` in its page (or leaves it blank, for a test that listens before the app loads).
 */
export async function launch(profile: string, url?: string): Promise<Running> {
  const child = spawn(
    chromiumPath,
    [
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--headless',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      // The window the other tests have (headless Chromium opens 800×600, where the sidebar folds away).
      '--window-size=1280,800',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((found, failed) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) found(match[1]);
    });
    child.on('exit', () => failed(new Error(`Chromium exited before it listened:\n${output}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium has no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  if (url !== undefined) await page.goto(url);
  return { browser, page, process: child };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.on('exit', () => done());
  });
}

/** SIGKILL to the browser's process group: the browser and every helper process it started. */
export async function kill(running: Running): Promise<void> {
  if (running.process.pid === undefined) throw new Error('Chromium has no process id');
  process.kill(-running.process.pid, 'SIGKILL');
  await exited(running.process);
  await running.browser.close().catch(() => undefined);
}

/** Closes the browser as a person would, letting it write everything out. */
export async function close(running: Running): Promise<void> {
  const session = await running.browser.newBrowserCDPSession();
  await session.send('Browser.close').catch(() => undefined);
  await exited(running.process);
}

/**
 * Opens the app again on a killed browser's profile and waits until it has started whole: its first
 * screen, no alert. `errors` collects every uncaught error of the page from its start.
 */
export async function reopen(profile: string, url: string): Promise<Running & { errors: string[] }> {
  const running = await launch(profile);
  const errors: string[] = [];
  running.page.on('pageerror', (error) => errors.push(error.message));
  await running.page.goto(url);
  await expect(running.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Me');
  await expect(running.page.getByRole('alert')).toHaveCount(0);
  return { ...running, errors };
}
