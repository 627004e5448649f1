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
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { level: 1 })).toHaveText('Infrastructure career map');
      expect(new URL(window.url()).protocol).toBe('app:');
      const preferences = await app.evaluate(({ BrowserWindow }) => {
        const [main] = BrowserWindow.getAllWindows();
        const prefs = main?.webContents.getLastWebPreferences();
        return { contextIsolation: prefs?.contextIsolation, sandbox: prefs?.sandbox, nodeIntegration: prefs?.nodeIntegration };
      });
      expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      expect(await window.evaluate(() => typeof (window as { require?: unknown }).require)).toBe('undefined');
      await window.getByRole('link', { name: /DevOps Engineering/ }).click();
      await expect(window.getByRole('heading', { level: 1 })).toHaveText('DevOps Engineering and Infrastructure Senior');
    } finally {
      await app.close();
    }
  });
});
