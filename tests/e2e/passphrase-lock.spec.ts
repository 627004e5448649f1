/**
 * The passphrase lock, end to end in a real Chromium profile: a canary written into a locked workspace
 * is nowhere in the profile's IndexedDB files (while, as a control, an unlocked one is found there); the
 * workspace then opens only with the passphrase.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from '../../playwright.config';
import { PersonPage } from './pages/person-page';

const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const passphrase = 'correct horse battery staple';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : Promise.resolve([join(folder, entry.name)]))),
  );
  return nested.flat();
}

/** Whether any IndexedDB file of the profile holds the text, as UTF-8/Latin-1 or as UTF-16. */
async function profileHolds(profile: string, text: string): Promise<boolean> {
  const files = (await filesUnder(profile)).filter((file) => file.includes('IndexedDB'));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    if (!(await stat(file)).isFile()) continue;
    const bytes = await readFile(file);
    if (bytes.includes(Buffer.from(text, 'latin1')) || bytes.includes(Buffer.from(text, 'utf16le'))) return true;
  }
  return false;
}

async function open(profile: string, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(baseURL);
  return { context, page };
}

async function writeCanary(page: Page, canary: string): Promise<void> {
  const person = new PersonPage(page);
  await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: /^Me/ }).click();
  await person.openTab('Profile');
  await person.main.getByLabel('Notes').fill(canary);
  await person.main.getByRole('button', { name: 'Save profile' }).click();
  await expect(person.main.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

test('finds an unlocked canary in the profile, as a control, and a locked one nowhere', async ({ baseURL }) => {
  test.slow();
  const control = await mkdtemp(join(tmpdir(), 'waymark-plain-'));
  const plain = await open(control, baseURL ?? '/');
  await writeCanary(plain.page, 'CANARY-PLAIN-5b1e');
  await plain.context.close();
  expect(await profileHolds(control, 'CANARY-PLAIN-5b1e')).toBe(true);

  const profile = await mkdtemp(join(tmpdir(), 'waymark-locked-'));
  const first = await open(profile, baseURL ?? '/');
  await first.page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Backups' }).click();
  await first.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await first.page.getByLabel('Repeat it').fill(passphrase);
  await first.page.getByRole('button', { name: 'Lock with this passphrase' }).click();
  await expect(first.page.getByRole('status').filter({ hasText: 'The workspace is locked' })).toBeVisible({ timeout: 20_000 });
  await writeCanary(first.page, 'CANARY-SEALED-9c4d');
  await first.context.close();
  expect(await profileHolds(profile, 'CANARY-SEALED-9c4d')).toBe(false);

  const second = await open(profile, baseURL ?? '/');
  try {
    const heading = second.page.getByRole('main').getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Unlock your workspace');
    await second.page.getByLabel('Passphrase').fill('wrong passphrase');
    await second.page.getByRole('button', { name: 'Unlock' }).click();
    await expect(second.page.getByRole('alert')).toContainText('That passphrase does not unlock this workspace');
    await second.page.getByLabel('Passphrase').fill(passphrase);
    await second.page.getByRole('button', { name: 'Unlock' }).click();
    await expect(heading).toHaveText('Me');
    await new PersonPage(second.page).openTab('Profile');
    await expect(second.page.getByLabel('Notes')).toHaveValue('CANARY-SEALED-9c4d');
  } finally {
    await second.context.close();
  }
});
