/**
 * The passphrase lock, end to end in a real Chromium profile: a canary written into a locked workspace
 * is nowhere in the profile's IndexedDB files — not in the records, not in the revert point a restore
 * keeps — while, as a control, an unlocked one is found there; the workspace then opens only with the
 * passphrase.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from '../../playwright.config';
import { PersonPage } from './pages/person-page';
import { searchProfile } from './profile-files';

const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const passphrase = 'correct horse battery staple';

/** Whether any IndexedDB file of the profile holds the text (see profile-files.ts), and where. */
async function profileHolds(profile: string, text: string): Promise<boolean> {
  const search = await searchProfile(profile, text);
  expect(search.filesSearched).toBeGreaterThan(0);
  return search.foundIn.length > 0;
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
  await person.main.getByLabel('Notes').blur();
  await expect(person.main.getByRole('status').filter({ hasText: 'Notes saved.' })).toBeVisible();
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
    // The backup is made off the main thread, on a connection of its own: it opens the sealed records
    // with the session's key, and the file holds them as written (backups are plain JSON, as the screen says).
    const backup = await readFile(await saveBackup(second.page), 'utf8');
    expect(backup).toContain('CANARY-SEALED-9c4d');
    expect(backup).not.toContain('__sealed');
  } finally {
    await second.context.close();
  }
});

async function lockWith(page: Page, phrase: string): Promise<void> {
  await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Backups' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(phrase);
  await page.getByLabel('Repeat it').fill(phrase);
  await page.getByRole('button', { name: 'Lock with this passphrase' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The workspace is locked' })).toBeVisible({ timeout: 30_000 });
}

/** Opens the profile again, unlocking it with `phrase` if it is locked, on its first screen. */
async function openUnlocked(profile: string, baseURL: string, phrase: string | null): Promise<{ context: BrowserContext; page: Page }> {
  const reopened = await open(profile, baseURL);
  if (phrase) {
    await reopened.page.getByLabel('Passphrase').fill(phrase);
    await reopened.page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(reopened.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Me');
  return reopened;
}

async function saveBackup(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Backups' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  return (await downloading).path();
}

async function restoreFrom(page: Page, path: string): Promise<void> {
  await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Backups' }).click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await choosing).setFiles(path);
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The backup is restored' })).toBeVisible({ timeout: 20_000 });
}

/**
 * Writes about 12 MB into another database of the same origin (IndexedDB keeps an origin's databases
 * in one LevelDB): more than LevelDB's in-memory buffer, so what was written before — the canary — is
 * flushed from the log into a table file, in Snappy-compressed blocks the search must decompress.
 */
async function flushToTables(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('storage-filler', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('filler');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('filler', 'readwrite');
          for (let index = 0; index < 2000; index += 1) {
            tx.objectStore('filler').put(`${index} `.repeat(1500), index);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * A canary written, then replaced by a restore: afterwards it is only in the revert point (and in
 * whatever stale copies LevelDB keeps). The browser is then closed and the files searched.
 */
async function canaryInRevertPoint(baseURL: string, canary: string, phrase: string | null) {
  const profile = await mkdtemp(join(tmpdir(), 'waymark-revert-'));
  try {
    const first = await open(profile, baseURL);
    const backup = await saveBackup(first.page);
    if (phrase) await lockWith(first.page, phrase);
    await writeCanary(first.page, canary);
    await restoreFrom(first.page, backup);
    await flushToTables(first.page);
    await first.context.close();

    const second = await openUnlocked(profile, baseURL, phrase);
    await second.page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Backups' }).click();
    // The revert point outlived the session, and with it the way back.
    await expect(second.page.getByRole('button', { name: 'Undo the restore' })).toBeVisible();
    await second.context.close();
    return await searchProfile(profile, canary);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

test('the revert point a restore keeps is sealed while locked: its canary is found only without the lock', async ({ baseURL }) => {
  test.slow();
  const control = await canaryInRevertPoint(baseURL ?? '/', 'CANARY-REVERT-PLAIN-41c7', null);
  test.info().annotations.push({ type: 'control search', description: JSON.stringify(control) });
  // Found in a compressed table block: the search reads what a plain byte search would miss.
  expect(control.foundIn.some((place) => place.includes('compressed table block'))).toBe(true);

  const locked = await canaryInRevertPoint(baseURL ?? '/', 'CANARY-REVERT-SEALED-d02e', passphrase);
  test.info().annotations.push({ type: 'locked search', description: JSON.stringify(locked) });
  expect(locked.filesSearched).toBeGreaterThan(0);
  expect(locked.foundIn).toEqual([]);
});

/**
 * A framework imported with a canary statement (stored by the import's worker, on its own connection),
 * the browser closed, then opened again: the statement is on the career map, and the profile's files
 * are searched for it.
 */
async function canaryInImport(baseURL: string, canary: string, phrase: string | null) {
  const profile = await mkdtemp(join(tmpdir(), 'waymark-import-'));
  try {
    const first = await open(profile, baseURL);
    if (phrase) await lockWith(first.page, phrase);
    const csv = `framework,track,level,category,skill area,statement\r\nCanary ladder,Platform,L1,skill,Craft,"${canary} — builds pages"\r\n`;
    const choose = async (page: Page) => {
      const choosing = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import a framework…' }).click();
      await (await choosing).setFiles({ name: 'canary.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      return page.getByRole('dialog', { name: 'Import Canary ladder?' });
    };
    await (await choose(first.page)).getByRole('button', { name: 'Import', exact: true }).click();
    await expect(first.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Platform career map');
    await flushToTables(first.page);
    await first.context.close();

    const second = await openUnlocked(profile, baseURL, phrase);
    await second.page
      .getByRole('navigation', { name: 'Frameworks' })
      .getByRole('link', { name: /Platform/ })
      .click();
    await expect(second.page.getByRole('main')).toContainText(`${canary} — builds pages`);
    // The import reads the stored version (sealed while locked) to compare the file with it.
    await expect(await choose(second.page)).toContainText('This holds exactly what Canary ladder (version 1) already holds');
    await second.context.close();
    return await searchProfile(profile, canary);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

test('a framework imported while locked is stored sealed: its canary is found only without the lock', async ({ baseURL }) => {
  test.slow();
  const control = await canaryInImport(baseURL ?? '/', 'CANARY-IMPORT-PLAIN-2f9a', null);
  expect(control.foundIn.length).toBeGreaterThan(0);
  const locked = await canaryInImport(baseURL ?? '/', 'CANARY-IMPORT-SEALED-7e21', passphrase);
  expect(locked.filesSearched).toBeGreaterThan(0);
  expect(locked.foundIn).toEqual([]);
});
