/**
 * A backup file of the open workspace with an edited copy of the bundled role card stored under the
 * bundled id, as a workspace from before imports were kept off the bundled ids could hold: the one way
 * to reach "Remove imported versions" of a bundled framework.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

/** Saves a backup from the Backups screen (which must be open), adds the copy, and writes it to `path`. */
export async function saveBackupWithBundledCopy(page: Page, path: string): Promise<void> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const backup = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as { tables: { importedFrameworks: unknown[] } };
  const bundled = JSON.parse(
    await readFile(resolve(import.meta.dirname, '../../resources/frameworks/role-card-dei-gen-p5.json'), 'utf8'),
  ) as { id: string };
  backup.tables.importedFrameworks.push({
    id: bundled.id,
    revision: 1,
    importedAt: '2026-06-01T09:00:00.000Z',
    fileName: 'our-devops-card.json',
    framework: { ...bundled, name: 'Our edition of the DevOps card', title: 'Our edition of the DevOps card' },
  });
  await writeFile(path, JSON.stringify(backup));
}
