/**
 * The real desktop app, driven through Electron: first start, rating, quitting with the last automatic
 * backup written, and reopening with everything there.
 *
 * Needs Electron's runtime, which the `electron` package fetches on first use; where it is missing and
 * cannot be fetched (no network), these tests are skipped and say why. Each run gets a user-data
 * folder of its own (WAYMARK_USER_DATA_DIR, honoured only by an unpackaged app), so it never touches
 * the person's real workspace, and every tool runs through Node (no `npx`), so it works on Windows too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { createWaymarkApi } from '../../electron/preload/api';
import { runPackageBin } from '../../scripts/package-bin';
import { PersonPage } from './pages/person-page';

const root = resolve(import.meta.dirname, '../..');
const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const experienceL5 = 'More then 4 years of frontend development experience.';

/**
 * The runtime's path, as `require('electron')` gives it in Node — which downloads the runtime first if
 * it is missing. Asked in a child process so a failed download is a skip reason, not a crash.
 */
function electronRuntime(): { path: string } | { missing: string } {
  const script = "try { process.stdout.write(require('electron')) } catch (error) { console.error(error.message); process.exit(1) }";
  const result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  if (result.status === 0 && result.stdout !== '') return { path: result.stdout };
  const said = `${result.stderr}`
    .split('\n')
    .map((line) => line.trim())
    // The package's own advice (delete node_modules/electron) does not apply without a network.
    .filter((line) => line !== '' && !line.startsWith('Downloading') && !line.startsWith('Electron failed to install'));
  return { missing: `Electron's runtime is not installed and could not be fetched (${said.join(' ') || 'no reason given'})` };
}

const runtime = electronRuntime();

test.describe('the desktop app', () => {
  test.skip('missing' in runtime, 'missing' in runtime ? runtime.missing : '');
  // One app, one data folder, in order: start, rate, quit, reopen.
  test.describe.configure({ mode: 'serial' });

  let userData = '';
  let app: ElectronApplication | null = null;

  async function launch(): Promise<Page> {
    if (!('path' in runtime)) throw new Error('no runtime');
    app = await electron.launch({
      executablePath: runtime.path,
      args: [root],
      cwd: root,
      // The built app, not a dev server a developer may have left in the environment.
      env: Object.fromEntries(
        Object.entries({ ...process.env, WAYMARK_USER_DATA_DIR: userData }).filter(
          (entry): entry is [string, string] => entry[0] !== 'ELECTRON_RENDERER_URL' && entry[1] !== undefined,
        ),
      ),
    });
    return app.firstWindow();
  }

  /** Quits as the menu's Quit does (app.quit()) and waits for the process to end. */
  async function quit(): Promise<void> {
    if (app === null) return;
    const ended = app.waitForEvent('close');
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await ended;
    app = null;
  }

  test.beforeAll(() => {
    const built = runPackageBin(root, 'electron-vite', ['build'], { stdio: 'inherit' });
    expect(built.status, 'electron-vite build').toBe(0);
    userData = mkdtempSync(join(tmpdir(), 'waymark-desktop-'));
  });

  test.afterAll(async () => {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  test('first start: a locked-down window offering to map yourself', async () => {
    const page = await launch();
    const person = new PersonPage(page);
    await expect(person.main.getByRole('heading', { level: 1 })).toHaveText('Me');
    expect(new URL(page.url()).protocol).toBe('app:');
    // Sandboxed, isolated and without Node: the page sees the named API functions and nothing else.
    const reach = await page.evaluate(() => ({
      require: typeof Reflect.get(globalThis, 'require'),
      process: typeof Reflect.get(globalThis, 'process'),
      api: Object.keys(Reflect.get(globalThis, 'waymark') ?? {}),
    }));
    const named = Object.keys(
      createWaymarkApi(
        () => Promise.reject(new Error('unused')),
        () => undefined,
      ),
    );
    expect(reach).toEqual({ require: 'undefined', process: 'undefined', api: named });
  });

  test('rates, then quits with the last automatic backup written', async () => {
    const page = app === null ? await launch() : await app.firstWindow();
    const person = new PersonPage(page);
    await person.setUp({ name: 'Zoë Łukasz', framework: frontend, current: 'L4' });
    await person.rate(experienceL5, 'Consistently');
    await quit();

    const backups = readdirSync(join(userData, 'backups')).filter((name) => name.endsWith('.json'));
    expect(backups.length).toBeGreaterThan(0);
    const newest = backups.sort().at(-1) ?? '';
    const written = readFileSync(join(userData, 'backups', newest), 'utf8');
    expect(written).toContain('Zoë Łukasz');
    expect(written).toContain('"value":"consistently"');
  });

  test('reopens with the workspace as it was left', async () => {
    const page = await launch();
    const person = new PersonPage(page);
    await expect(person.main.getByRole('heading', { level: 1 })).toHaveText('Zoë Łukasz');
    await expect(person.ratingOf(experienceL5)).toHaveText('Consistently');
    await quit();
  });
});
