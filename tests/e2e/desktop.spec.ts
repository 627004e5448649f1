/**
 * The real desktop app, driven through Electron. Needs Electron's runtime binary, which `npm install`
 * fetches on machines with internet access; where it is missing these tests are skipped, and say so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const electronDir = resolve(root, 'node_modules/electron');

function electronExecutable(): string | null {
  const pathFile = resolve(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = resolve(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

const executable = electronExecutable();

test.describe('the desktop app', () => {
  test.skip(!executable, 'Electron runtime not installed (node_modules/electron/dist is missing): desktop tests skipped');

  test.beforeAll(() => {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  });

  test('opens a secure window showing the bundled frameworks', async () => {
    const app = await electron.launch({ executablePath: executable ?? '', args: [root], cwd: root });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Infrastructure career map');
      expect(new URL(page.url()).protocol).toBe('app:');
      // Sandboxed, isolated and without Node: the page sees the named API functions and nothing else.
      const reach = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: Object.keys((globalThis as { waymark?: object }).waymark ?? {}),
      }));
      expect(reach).toEqual({
        require: 'undefined',
        process: 'undefined',
        api: [
          'loadFrameworks',
          'saveFile',
          'openFile',
          'writeAutomaticBackup',
          'listAutomaticBackups',
          'readAutomaticBackup',
          'onBeforeQuit',
        ],
      });
      await page.getByRole('link', { name: /DevOps Engineering/ }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('DevOps Engineering and Infrastructure Senior');
    } finally {
      await app.close();
    }
  });
});
